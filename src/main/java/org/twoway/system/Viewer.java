package org.twoway.system;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.twoway.system.Role;

/** Who is looking at a page: the layout shows the navigation of their role. */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isHr() {
        return identity.hasRole(Role.HR);
    }

    public boolean isEmployee() {
        return identity.hasRole(Role.EMPLOYEE);
    }

    public String getEmail() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }
}
