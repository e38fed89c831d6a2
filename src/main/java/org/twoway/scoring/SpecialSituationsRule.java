package org.twoway.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SPECIAL_SITUATIONS_GROWING: a customer was promised at least minSpecial things beyond its written tier, more than
 * in the previous closed cycle, because that list "will only grow over time". Margin: how far the count grew,
 * relative to the previous count (at least 1).
 */
final class SpecialSituationsRule {

    private SpecialSituationsRule() {
    }

    static List<RankedFlag> find(CycleFacts facts) {
        ScoringRules rules = facts.rules();
        List<RankedFlag> flags = new ArrayList<>();
        for (CustomerInfo customer : facts.customers().values()) {
            SpecialTotals special = facts.special().getOrDefault(customer.ref(), SpecialTotals.NONE);
            long count = special.count();
            long previousCount = facts.previousSpecial().getOrDefault(customer.ref(), 0L);
            if (count < rules.minSpecial() || count <= previousCount) {
                continue;
            }
            boolean overServed = OverServedRule.isOverServed(facts.effort().ofCustomer(customer.ref()),
                    customer.entitledHours(), rules);
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("count", count);
            evidence.put("previousCount", previousCount);
            evidence.put("hours", special.hours());
            evidence.put("promisedBy", special.promisers());
            Flag flag = new Flag(FlagCode.SPECIAL_SITUATIONS_GROWING, overServed ? Severity.HIGH : Severity.WARNING,
                    SubjectType.CUSTOMER, customer.ref(), evidence, message(customer, special, previousCount, overServed));
            flags.add(new RankedFlag(flag, (double) (count - previousCount) / Math.max(previousCount, 1)));
        }
        return flags;
    }

    private static String message(CustomerInfo customer, SpecialTotals special, long previousCount, boolean overServed) {
        boolean one = special.count() == 1;
        return customer.name() + (overServed ? ", already served beyond its entitlement," : "") + " was promised "
                + special.count() + (one ? " special situation" : " special situations") + " beyond its "
                + customer.tier() + " tier (" + Wording.hours(special.hours()) + " h estimated), up from "
                + (previousCount == 0 ? "none" : Long.toString(previousCount)) + " in the cycle before: write "
                + (one ? "it" : "them") + " into a tier, or stop " + (one ? "it" : "them") + ".";
    }
}
