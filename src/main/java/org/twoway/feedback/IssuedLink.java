package org.twoway.feedback;

import java.time.Instant;
import org.twoway.system.CompanyTime;

/** A link just issued, as HR sees it this one time: who it is for, and its address with the token. */
public record IssuedLink(String customer, String customerEmail, String employee, String process, String url,
        Instant expiresAt) {

    /** The last day of the cycle, as the page shows it: the link is open until that day ends. */
    public String lastDay() {
        return CompanyTime.day(expiresAt.minusMillis(1)).toString();
    }
}
