package org.twoway.scoring;

import java.util.Objects;

/** An employee who may be rated or may record effort in the cycle; {@code email} is the key. */
public record EmployeeInfo(String email, String name, String team) {

    public EmployeeInfo {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(team, "team");
    }
}
