package org.twoway.people;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.twoway.system.Role;

/** The signed-in account, for the records that say who acted: HR's, or an employee's. */
@RequestScoped
public class CurrentAccount {

    private final SecurityIdentity identity;

    CurrentAccount(SecurityIdentity identity) {
        this.identity = identity;
    }

    public UserAccount get() {
        return UserAccount.findById(identity.<Long>getAttribute(Identities.USER_ID));
    }

    /** The employee behind the account; none for an HR account of no employee. */
    public Optional<Long> employeeId() {
        return Optional.ofNullable(identity.<Long>getAttribute(Identities.EMPLOYEE_ID));
    }

    public boolean isHr() {
        return identity.hasRole(Role.HR);
    }
}
