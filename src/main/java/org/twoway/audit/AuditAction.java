package org.twoway.audit;

/** What the audit log records, with the words HR reads in it. */
public enum AuditAction {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_LOCKED("Sign-in refused while locked"),
    SIGN_OUT("Signed out"),
    PASSWORD_CHANGED("Changed own password"),
    EMPLOYEE_CREATED("Employee created"),
    EMPLOYEE_UPDATED("Employee changed"),
    EMPLOYEE_DEACTIVATED("Employee deactivated"),
    EMPLOYEE_ACTIVATED("Employee activated"),
    LOGIN_CREATED("Login created"),
    /** No longer recorded, since HR sets no password of an existing login; kept so that older entries still read. */
    PASSWORD_SET("Password set by HR"),
    CYCLE_OPENED("Cycle opened"),
    CYCLE_CLOSED("Cycle closed"),
    LINKS_ISSUED("Feedback links issued"),
    LINK_REVOKED("Feedback link revoked"),
    EFFORT_IMPORTED("Effort imported"),
    EXPORTED("Exported");

    public final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
