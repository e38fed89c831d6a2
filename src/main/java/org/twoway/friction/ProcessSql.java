package org.twoway.friction;

/**
 * The pieces of SQL that friction/ lets another package embed where one statement must do the work (the
 * customer's page names the process a link is about in a single round trip). Only friction/ names its table;
 * a caller names the alias and its own column that holds the process's id, or null.
 */
public final class ProcessSql {

    private ProcessSql() {
    }

    /** Joins the process whose id is in {@code processIdColumn}, if any, as {@code alias}. */
    public static String leftJoin(String alias, String processIdColumn) {
        return "LEFT JOIN business_process " + alias + " ON " + alias + ".id = " + processIdColumn;
    }

    /** The name of the process joined as {@code alias}, or null. */
    public static String name(String alias) {
        return alias + ".name";
    }
}
