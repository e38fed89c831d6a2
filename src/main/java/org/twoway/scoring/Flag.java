package org.twoway.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Something the report draws attention to, with the numbers it was decided on.
 *
 * @param severity    {@value #HIGH} or {@value #WARNING}
 * @param subjectType {@value #CUSTOMER}, {@value #EMPLOYEE}, {@value #TEAM} or {@value #PROCESS}
 * @param subject     the subject's key: a customer's ref, an employee's email, a team's or process's name
 * @param evidence    the evidence keys of scoring.md, in its order
 * @param message     one plain sentence
 */
public record Flag(
        FlagCode code,
        String severity,
        String subjectType,
        String subject,
        Map<String, Object> evidence,
        String message) {

    public static final String HIGH = "high";
    public static final String WARNING = "warning";

    public static final String CUSTOMER = "customer";
    public static final String EMPLOYEE = "employee";
    public static final String TEAM = "team";
    public static final String PROCESS = "process";

    private static final Set<String> SEVERITIES = Set.of(HIGH, WARNING);
    private static final Set<String> SUBJECT_TYPES = Set.of(CUSTOMER, EMPLOYEE, TEAM, PROCESS);

    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        if (!SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException("unknown severity " + severity);
        }
        if (!SUBJECT_TYPES.contains(subjectType)) {
            throw new IllegalArgumentException("unknown subject type " + subjectType);
        }
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
