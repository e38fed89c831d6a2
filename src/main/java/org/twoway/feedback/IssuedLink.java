package org.twoway.feedback;

import java.time.Instant;

/** A link just issued, as HR sees it this one time: who it is for, and its address with the token. */
public record IssuedLink(String customer, String customerEmail, String employee, String process, String url,
        Instant expiresAt) {

    /** When the cycle is due to close, as the page shows it. */
    public String expiryText() {
        return LinkPages.format(expiresAt);
    }
}
