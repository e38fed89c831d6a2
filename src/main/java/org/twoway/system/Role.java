package org.twoway.system;

/** The two kinds of account. HR runs the back office and reads reports; employees file their own data. */
public final class Role {

    public static final String HR = "hr";
    public static final String EMPLOYEE = "employee";

    private Role() {
    }
}
