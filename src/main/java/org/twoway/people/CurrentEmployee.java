package org.twoway.people;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The employee behind the signed-in account, for the pages and API calls where employees file their own data. */
@RequestScoped
public class CurrentEmployee {

    private final SecurityIdentity identity;

    CurrentEmployee(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The employee's id; an account without an employee (HR) is refused. */
    public long id() {
        Long id = identity.getAttribute(Identities.EMPLOYEE_ID);
        if (id == null) {
            throw new ForbiddenException("This account is not an employee's.");
        }
        return id;
    }

    public Employee get() {
        return Employee.findById(id());
    }
}
