package org.twoway.scoring;

import java.util.Locale;

/** What a flag is about; its subject is then a customer's ref, an employee's email, a team's or process's name. */
public enum SubjectType {
    CUSTOMER,
    EMPLOYEE,
    TEAM,
    PROCESS;

    /** The lower-case name the JSON, the pages and their filters use: {@code customer}, {@code team}, ... */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
