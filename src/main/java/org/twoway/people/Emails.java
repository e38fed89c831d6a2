package org.twoway.people;

import java.util.Locale;

/** Email addresses are compared without regard to case or surrounding spaces. */
public final class Emails {

    /**
     * What {@code @Email} accepts on top of its own rules: a dot in the domain ({@code name@example.com},
     * not {@code name@localhost}). The empty alternative leaves a missing address to {@code @NotBlank}.
     */
    public static final String PATTERN = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
