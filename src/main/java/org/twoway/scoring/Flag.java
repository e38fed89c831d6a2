package org.twoway.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something the report draws attention to, with the numbers it was decided on.
 *
 * @param subject     the subject's key: a customer's ref, an employee's email, a team's or process's name
 * @param evidence    the evidence keys of scoring.md, in its order
 * @param message     one plain sentence
 */
public record Flag(
        FlagCode code,
        Severity severity,
        SubjectType subjectType,
        String subject,
        Map<String, Object> evidence,
        String message) {

    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
