package org.twoway.cycles;

/**
 * The pieces of SQL that cycles/ lets another package embed where one statement must do the work (the
 * customer's pages: a link looked up, an answer claimed, each in a single round trip). Only cycles/ names
 * its table; a caller names the alias and its own column that holds the cycle's id.
 */
public final class CycleSql {

    private CycleSql() {
    }

    /** Joins the cycle whose id is in {@code cycleIdColumn}, as {@code alias}. */
    public static String join(String alias, String cycleIdColumn) {
        return "JOIN review_cycle " + alias + " ON " + alias + ".id = " + cycleIdColumn;
    }

    /** Whether the cycle joined as {@code alias} is open. */
    public static String isOpen(String alias) {
        return alias + ".state = 'open'";
    }
}
