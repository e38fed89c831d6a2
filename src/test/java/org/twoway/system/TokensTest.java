package org.twoway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aPathReachesTheLogWithoutItsTokens() {
        String token = Tokens.random();
        assertEquals("/f/[token]", Tokens.redacted("/f/" + token));
        assertEquals("/f/[token]/answers", Tokens.redacted("/f/" + token + "/answers"));
        assertEquals("/hr/cycles/3/report", Tokens.redacted("/hr/cycles/3/report"));
        assertEquals("/f/too-short", Tokens.redacted("/f/too-short"));
    }
}
