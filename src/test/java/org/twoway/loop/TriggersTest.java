package org.twoway.loop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** loop.md 1: what opens a follow-up, with the default low score of 2. */
class TriggersTest {

    private static final int LOW = 2;

    @Test
    void aLowRatingOfThePersonOpensOne() {
        assertTrue(Triggers.opensFollowUp(LOW, 2, 5, 5, 5, "PERSON", false));
        assertTrue(Triggers.opensFollowUp(LOW, 5, 1, 5, 5, "PERSON", false));
        assertTrue(Triggers.opensFollowUp(LOW, 5, 5, 2, 5, "PERSON", false));
    }

    @Test
    void aLowRatingOfTheCompanyOpensOne() {
        assertTrue(Triggers.opensFollowUp(LOW, 5, 5, 5, 2, "CHANNEL", false));
    }

    @Test
    void anEscalationOpensOne() {
        assertTrue(Triggers.opensFollowUp(LOW, 5, 5, 5, 5, "ESCALATE", false));
    }

    @Test
    void aCallBackAskedForOpensOne() {
        assertTrue(Triggers.opensFollowUp(LOW, 5, 5, 5, 5, "PERSON", true));
    }

    @Test
    void justAboveTheLowScoreOpensNone() {
        assertFalse(Triggers.opensFollowUp(LOW, 3, 3, 3, 3, "PERSON", false));
        assertFalse(Triggers.opensFollowUp(LOW, 5, 5, 5, 5, "CHANNEL", false));
    }

    @Test
    void theLowScoreIsASetting() {
        assertTrue(Triggers.opensFollowUp(3, 3, 4, 4, 4, "PERSON", false));
        assertFalse(Triggers.opensFollowUp(1, 2, 2, 2, 2, "PERSON", false));
    }
}
