package org.twoway.people;

import java.util.Locale;

/** Email addresses are compared without regard to case or surrounding spaces. */
public final class Emails {

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
