package org.twoway.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KEY_PERSON_DEPENDENCY: one employee does nearly all the work for a customer, and the customer
 * rates that person well above the company: if the person leaves, the customer may follow.
 * Margin: the rating gap relative to loyaltyGap.
 */
final class KeyPersonRule {

    private KeyPersonRule() {
    }

    /** The dominant employee and how the customer rates them against the company. */
    private record Dependency(EffortHours effort, double share, double employeeScore, double companyScore) {

        double gap() {
            return employeeScore - companyScore;
        }
    }

    static List<RankedFlag> find(CycleFacts facts) {
        List<RankedFlag> flags = new ArrayList<>();
        for (CustomerInfo customer : facts.customers().values()) {
            double totalHours = facts.effort().ofCustomer(customer.ref());
            if (totalHours < facts.rules().minHours()) {
                continue;
            }
            Dependency largest = null;
            for (EffortHours effort : facts.effort().onCustomer(customer.ref())) {
                Dependency dependency = dependency(effort, totalHours, facts);
                if (dependency != null && (largest == null || dependency.share() > largest.share())) {
                    largest = dependency;
                }
            }
            if (largest != null) {
                flags.add(flag(customer, largest, totalHours, facts));
            }
        }
        return flags;
    }

    /** The dependency on this employee, or null when the share, the responses or the gap fall short. */
    private static Dependency dependency(EffortHours effort, double totalHours, CycleFacts facts) {
        ScoringRules rules = facts.rules();
        double share = effort.hours() / totalHours;
        if (share < rules.dominanceShare()) {
            return null;
        }
        PairResponses responses = facts.pairResponses(effort.customer(), effort.employee());
        if (responses == null) {
            return null;
        }
        Dependency dependency = new Dependency(effort, share,
                Measures.meanNormS(responses.sumQ123(), responses.responses()),
                Measures.meanNormK(responses.sumQ4(), responses.responses()));
        return dependency.gap() >= rules.loyaltyGap() ? dependency : null;
    }

    private static RankedFlag flag(CustomerInfo customer, Dependency dependency, double totalHours, CycleFacts facts) {
        EmployeeInfo employee = facts.employees().get(dependency.effort().employee());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("employee", employee.email());
        evidence.put("share", dependency.share());
        evidence.put("employeeScore", dependency.employeeScore());
        evidence.put("companyScore", dependency.companyScore());
        String message = customer.name() + " relies on " + employee.name() + " for "
                + Wording.percent(dependency.share()) + " of its " + Wording.hours(totalHours) + " h and rates "
                + employee.name() + " " + Wording.points(dependency.gap() * 4)
                + " above the company on the 1 to 5 scale.";
        Flag flag = new Flag(FlagCode.KEY_PERSON_DEPENDENCY, Severity.WARNING, SubjectType.CUSTOMER, customer.ref(), evidence,
                message);
        return new RankedFlag(flag, RankedFlag.relativeMargin(dependency.gap(), facts.rules().loyaltyGap()));
    }
}
