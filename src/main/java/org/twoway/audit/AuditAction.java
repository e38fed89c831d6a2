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
    EXPORTED("Exported"),
    FOLLOW_UP_CONTACTED("Follow-up: customer contacted"),
    FOLLOW_UP_CLOSED("Follow-up closed"),
    FOLLOW_UP_SUPPORT("Follow-up: support asked for"),
    FOLLOW_UP_REASSIGNED("Follow-up reassigned"),
    FOLLOW_UP_UNOWNED("Follow-up left unowned"),
    DIRECT_CONTACT_RECORDED("Direct contact recorded"),
    SPECIAL_SITUATION_RECORDED("Special situation recorded"),
    SPECIAL_SITUATION_DECIDED("Special situation decided"),
    PROCESS_ACTION_RECORDED("Process action recorded"),
    PROCESS_ACTION_MOVED("Process action moved on");

    public final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
