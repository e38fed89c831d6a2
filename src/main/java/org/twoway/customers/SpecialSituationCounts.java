package org.twoway.customers;

import java.util.Map;

/**
 * How many customers of each tier needed a special situation in a cycle: when many do, the tier no longer says what
 * its customers get. Special situations are recorded above customers, which only asks.
 */
public interface SpecialSituationCounts {

    /** Customers with at least one special situation in the cycle, decided or not, by their tier's id. */
    Map<Long, Long> customersByTier(long cycleId);
}
