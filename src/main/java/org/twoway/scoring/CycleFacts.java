package org.twoway.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A cycle's inputs indexed by key and summed per team and process: what the measures and flag
 * rules look at. Everything that is iterated ({@code employees}, {@code customers}, {@code teams},
 * {@code processes}) is in key order, so everything built from it is too.
 *
 * @param customerPairs per customer ref, its responses about each employee
 * @param employeeLoops per employee email, the follow-ups they own (absent: none)
 * @param special       per customer ref, its special situations of the cycle that are not declined (absent: none)
 * @param previousSpecial per customer ref, how many it had in the previous closed cycle (absent: none)
 * @param actedOn       the processes with an action recorded in the cycle or in the one EX comes from
 * @param earlierPain   the pain figures published by the closed cycle before the one EX comes from
 */
record CycleFacts(
        ScoringRules rules,
        Map<String, EmployeeInfo> employees,
        Map<String, CustomerInfo> customers,
        Map<String, EmployeeResponses> employeeResponses,
        Map<String, CustomerResponses> customerPairs,
        Map<String, LoopTotals> employeeLoops,
        Map<String, SpecialTotals> special,
        Map<String, Long> previousSpecial,
        Set<String> actedOn,
        PainFigures earlierPain,
        EffortTotals effort,
        SortedMap<String, GroupTotals> teams,
        SortedMap<String, GroupTotals> processes,
        GroupTotals company) {

    static CycleFacts of(CycleInput input, ScoringRules rules) {
        Map<String, EmployeeInfo> employees = inKeyOrder(input.employees(), EmployeeInfo::email, "employee");
        Map<String, CustomerInfo> customers = inKeyOrder(input.customers(), CustomerInfo::ref, "customer");
        Map<String, EmployeeResponses> employeeResponses =
                inKeyOrder(input.employeeResponses(), EmployeeResponses::employee, "responses about employee");
        employeeResponses.keySet().forEach(email -> known(employees, email, "employee"));
        Map<String, CustomerResponses> customerPairs = pairsByCustomer(input.pairResponses(), customers);
        EffortTotals effort = new EffortTotals(input.effort(), customers.keySet());
        effort.employees().forEach(email -> known(employees, email, "employee"));
        SortedMap<String, GroupTotals> teams = teams(input, employees, employeeResponses);
        GroupTotals company = company(employeeResponses);
        Map<String, LoopTotals> employeeLoops = followUps(input, employees, teams, company);
        Map<String, SpecialTotals> special = special(input.special(), customers);
        Map<String, Long> previousSpecial = new HashMap<>();
        input.previousSpecial().forEach(before -> previousSpecial.merge(before.customer(), before.count(), Long::sum));
        return new CycleFacts(rules, employees, customers, employeeResponses, customerPairs, employeeLoops, special,
                previousSpecial, Set.copyOf(input.actedOn()), input.earlierPain(), effort, teams, processes(input), company);
    }

    /** n: all responses of the cycle. */
    long responses() {
        return employeeResponses.values().stream().mapToLong(EmployeeResponses::responses).sum();
    }

    /** mu, the mean of s(r) over all responses of the cycle, or null without responses. */
    Double cycleMean() {
        long n = responses();
        long sumQ123 = employeeResponses.values().stream().mapToLong(EmployeeResponses::sumQ123).sum();
        return n == 0 ? null : Measures.meanS(sumQ123, n);
    }

    /** The responses of a customer about an employee, or null when there are none. */
    PairResponses pairResponses(String ref, String email) {
        for (PairResponses pair : customerPairs.getOrDefault(ref, CustomerResponses.NONE).pairs) {
            if (pair.employee().equals(email)) {
                return pair;
            }
        }
        return null;
    }

    /** How many responses a customer gave. */
    long customerResponses(String ref) {
        return customerPairs.getOrDefault(ref, CustomerResponses.NONE).responses;
    }

    /** One customer's responses about each employee, and how many responses that makes. */
    static final class CustomerResponses {
        private static final CustomerResponses NONE = new CustomerResponses();
        private final List<PairResponses> pairs = new ArrayList<>();
        private long responses;
    }

    /**
     * Groups the pair aggregates by customer. They are taken as the database's GROUP BY gives them,
     * one per customer and employee: only their customers are checked, because a pair's employee
     * only counts for a flag when the (checked) effort names the same employee.
     */
    private static Map<String, CustomerResponses> pairsByCustomer(
            List<PairResponses> pairs, Map<String, CustomerInfo> customers) {
        Map<String, CustomerResponses> byCustomer = new HashMap<>();
        for (PairResponses pair : pairs) {
            CustomerResponses customer = byCustomer.computeIfAbsent(pair.customer(), ref -> new CustomerResponses());
            customer.pairs.add(pair);
            customer.responses += pair.responses();
        }
        byCustomer.keySet().forEach(ref -> known(customers, ref, "customer"));
        return byCustomer;
    }

    private static SortedMap<String, GroupTotals> teams(
            CycleInput input, Map<String, EmployeeInfo> employees, Map<String, EmployeeResponses> employeeResponses) {
        SortedMap<String, GroupTotals> teams = new TreeMap<>();
        input.teams().forEach(name -> group(teams, name));
        if (input.ownPainFigures()) {
            input.pain().teams().forEach(published -> group(teams, published.name()));
        }
        employees.values().forEach(employee -> group(teams, employee.team()));
        for (EmployeeResponses responses : employeeResponses.values()) {
            group(teams, employees.get(responses.employee()).team()).addResponses(
                    responses.responses(), responses.sumQ123(), responses.firstContact().escalate());
        }
        return teams;
    }

    private static SortedMap<String, GroupTotals> processes(CycleInput input) {
        SortedMap<String, GroupTotals> processes = new TreeMap<>();
        input.processes().forEach(name -> group(processes, name));
        if (input.ownPainFigures()) {
            input.pain().processes().forEach(published -> group(processes, published.name()));
        }
        for (ProcessResponses process : inKeyOrder(input.processResponses(), ProcessResponses::process,
                "responses on process").values()) {
            group(processes, process.process()).addResponses(process.responses(), process.sumQ123(), 0);
        }
        return processes;
    }

    /**
     * Adds each owner's follow-ups to the owner's team and the company, and the unowned ones to the company alone;
     * answers the owners' totals by email.
     */
    private static Map<String, LoopTotals> followUps(CycleInput input, Map<String, EmployeeInfo> employees,
            SortedMap<String, GroupTotals> teams, GroupTotals company) {
        Map<String, LoopTotals> byOwner = input.followUps().byOwner();
        company.loop().add(input.followUps().unowned());
        byOwner.forEach((owner, totals) -> {
            known(employees, owner, "employee");
            company.loop().add(totals);
            teams.get(employees.get(owner).team()).loop().add(totals);
        });
        return Map.copyOf(byOwner);
    }

    /** Sums the special situations per customer, in key order so that the hours add up the same whatever the input's. */
    private static Map<String, SpecialTotals> special(List<SpecialInput> special, Map<String, CustomerInfo> customers) {
        List<SpecialInput> sorted = new ArrayList<>(special);
        sorted.sort(Comparator.comparing(SpecialInput::customer).thenComparing(SpecialInput::promisedBy)
                .thenComparingLong(SpecialInput::count).thenComparingDouble(SpecialInput::hours));
        Map<String, SpecialTotals> byCustomer = new HashMap<>();
        for (SpecialInput promises : sorted) {
            known(customers, promises.customer(), "customer");
            byCustomer.computeIfAbsent(promises.customer(), ref -> new SpecialTotals()).add(promises);
        }
        return byCustomer;
    }

    /** The whole company as one group: every response of the cycle. */
    private static GroupTotals company(Map<String, EmployeeResponses> employeeResponses) {
        GroupTotals company = new GroupTotals(CycleReport.COMPANY);
        employeeResponses.values().forEach(responses -> company.addResponses(
                responses.responses(), responses.sumQ123(), responses.firstContact().escalate()));
        return company;
    }

    private static GroupTotals group(Map<String, GroupTotals> groups, String name) {
        return groups.computeIfAbsent(name, GroupTotals::new);
    }

    /** The items by key, iterated in key order; a key given twice is refused. */
    private static <T> Map<String, T> inKeyOrder(List<T> items, Function<T, String> key, String what) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(key));
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T item : sorted) {
            if (byKey.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException(what + " " + key.apply(item) + " is given twice");
            }
        }
        return byKey;
    }

    private static void known(Map<String, ?> index, String key, String what) {
        if (!index.containsKey(key)) {
            throw new IllegalArgumentException(what + " " + key + " is not among the cycle's " + what + "s");
        }
    }
}
