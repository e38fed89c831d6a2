package org.twoway.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One customer's special situations of a cycle that are not declined: how many, their hours, and who promised them. */
final class SpecialTotals {

    static final SpecialTotals NONE = new SpecialTotals();

    private long count;
    private double hours;
    private final Map<String, Long> byPromiser = new HashMap<>();

    void add(SpecialInput special) {
        count += special.count();
        hours += special.hours();
        byPromiser.merge(special.promisedBy(), special.count(), Long::sum);
    }

    long count() {
        return count;
    }

    double hours() {
        return hours;
    }

    /** The promisers' names, the one with most special situations first, equal counts by name. */
    List<String> promisers() {
        List<Map.Entry<String, Long>> ordered = new ArrayList<>(byPromiser.entrySet());
        ordered.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.<String, Long>comparingByKey()));
        return ordered.stream().map(Map.Entry::getKey).toList();
    }
}
