package org.twoway.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLIENT_CONCENTRATION: an employee spends most of their time on a customer that is already
 * over-served. One flag per employee, about the over-served customer with the largest share.
 * Margin: that share relative to concentrationShare.
 */
final class ClientConcentrationRule {

    /** scoring.md: high when the largest such share is at least 0.75. */
    private static final double HIGH_SHARE = 0.75;

    private ClientConcentrationRule() {
    }

    static List<RankedFlag> find(CycleFacts facts) {
        ScoringRules rules = facts.rules();
        List<RankedFlag> flags = new ArrayList<>();
        for (EmployeeInfo employee : facts.employees().values()) {
            double totalHours = facts.effort().ofEmployee(employee.email());
            if (totalHours < rules.minHours()) {
                continue;
            }
            EffortHours largest = null;
            for (EffortHours effort : facts.effort().byEmployee(employee.email())) {
                double share = effort.hours() / totalHours;
                boolean larger = largest == null || effort.hours() > largest.hours();
                if (share >= rules.concentrationShare() && larger && isOverServed(facts, effort.customer())) {
                    largest = effort;
                }
            }
            if (largest != null) {
                flags.add(flag(employee, largest, totalHours, facts));
            }
        }
        return flags;
    }

    private static boolean isOverServed(CycleFacts facts, String ref) {
        CustomerInfo customer = facts.customers().get(ref);
        return OverServedRule.isOverServed(facts.effort().ofCustomer(ref), customer.entitledHours(), facts.rules());
    }

    private static RankedFlag flag(EmployeeInfo employee, EffortHours effort, double totalHours, CycleFacts facts) {
        double share = effort.hours() / totalHours;
        CustomerInfo customer = facts.customers().get(effort.customer());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("customer", customer.ref());
        evidence.put("share", share);
        evidence.put("hoursOnCustomer", effort.hours());
        evidence.put("totalHours", totalHours);
        String message = employee.name() + " spent " + Wording.hours(effort.hours()) + " h of "
                + Wording.hours(totalHours) + " h (" + Wording.percent(share) + ") on " + customer.name()
                + ", a customer already served beyond its entitlement.";
        Flag flag = new Flag(FlagCode.CLIENT_CONCENTRATION, share >= HIGH_SHARE ? Severity.HIGH : Severity.WARNING,
                SubjectType.EMPLOYEE, employee.email(), evidence, message);
        return new RankedFlag(flag, RankedFlag.relativeMargin(share, facts.rules().concentrationShare()));
    }
}
