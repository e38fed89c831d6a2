package org.twoway.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OVER_SERVED_CLIENT: a customer received more hours than its tier entitles it to, beyond the
 * tolerance. Margin: H(c) relative to E(c) * (1 + overServeTolerance).
 */
final class OverServedRule {

    /** scoring.md: high from twice the entitlement. */
    private static final double HIGH_RATIO = 2;

    private static final Comparator<EffortHours> MOST_HOURS_FIRST =
            Comparator.comparingDouble(EffortHours::hours).reversed().thenComparing(EffortHours::employee);

    private OverServedRule() {
    }

    /** H(c) > E(c) * (1 + overServeTolerance), strictly. */
    static boolean isOverServed(double hours, double entitledHours, ScoringRules rules) {
        return hours > entitledHours * (1 + rules.overServeTolerance());
    }

    static List<RankedFlag> find(CycleFacts facts) {
        List<RankedFlag> flags = new ArrayList<>();
        for (CustomerInfo customer : facts.customers().values()) {
            double hours = facts.effort().ofCustomer(customer.ref());
            double entitled = customer.entitledHours();
            if (!isOverServed(hours, entitled, facts.rules())) {
                continue;
            }
            double ratio = hours / entitled;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("hours", hours);
            evidence.put("entitledHours", entitled);
            evidence.put("ratio", ratio);
            evidence.put("employees", contributors(facts.effort().onCustomer(customer.ref())));
            String message = customer.name() + " received " + Wording.hours(hours) + " h against "
                    + Wording.hours(entitled) + " h entitled by its " + customer.tier() + " tier ("
                    + Wording.ratio(ratio) + "x).";
            Flag flag = new Flag(FlagCode.OVER_SERVED_CLIENT, hours >= HIGH_RATIO * entitled ? Severity.HIGH : Severity.WARNING,
                    SubjectType.CUSTOMER, customer.ref(), evidence, message);
            double threshold = entitled * (1 + facts.rules().overServeTolerance());
            flags.add(new RankedFlag(flag, RankedFlag.relativeMargin(hours, threshold)));
        }
        return flags;
    }

    /** The employees who worked on the customer, most hours first, equal hours by email. */
    private static List<String> contributors(List<EffortHours> effort) {
        List<EffortHours> ordered = new ArrayList<>(effort);
        ordered.sort(MOST_HOURS_FIRST);
        List<String> emails = new ArrayList<>(ordered.size());
        ordered.forEach(entry -> emails.add(entry.employee()));
        return Collections.unmodifiableList(emails);
    }
}
