package org.twoway.people;

/**
 * The pieces of SQL that people/ lets another package embed where one statement must do the work (the
 * customer's page shows whom a link is about in a single round trip). Only people/ names its table; a caller
 * names the alias and its own column that holds the employee's id.
 */
public final class EmployeeSql {

    private EmployeeSql() {
    }

    /** Joins the employee whose id is in {@code employeeIdColumn}, as {@code alias}. */
    public static String join(String alias, String employeeIdColumn) {
        return "JOIN employee " + alias + " ON " + alias + ".id = " + employeeIdColumn;
    }

    /** The name of the employee joined as {@code alias}. */
    public static String name(String alias) {
        return alias + ".name";
    }
}
