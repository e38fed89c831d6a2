package org.twoway.people;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the signed-in identity of an account: its email as the name, its role, and its employee. */
final class Identities {

    static final String USER_ID = "twoway.userId";
    static final String EMPLOYEE_ID = "twoway.employeeId";

    private Identities() {
    }

    static SecurityIdentity of(UserAccount account) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.email))
                .addRole(account.role)
                .addAttribute(USER_ID, account.id);
        if (account.employee != null) {
            builder.addAttribute(EMPLOYEE_ID, account.employee.id);
        }
        return builder.build();
    }
}
