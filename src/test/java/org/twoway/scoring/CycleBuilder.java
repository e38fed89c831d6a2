package org.twoway.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a cycle's input from single answers and effort entries, summing them the way the
 * database's aggregate queries do, so that tests read like the story they tell.
 */
final class CycleBuilder {

    /** The answer to "when something goes wrong, who do you contact first?". */
    enum Contact { PERSON, CHANNEL, ESCALATE }

    static final CycleInfo CYCLE =
            new CycleInfo(3, "2026 Q4", "open", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    /** The moment the report is taken at, unless a test says otherwise. */
    static final Instant NOW = Instant.parse("2026-11-16T12:00:00Z");

    private final Map<String, EmployeeInfo> employees = new LinkedHashMap<>();
    private final Map<String, CustomerInfo> customers = new LinkedHashMap<>();
    private final List<String> teams = new ArrayList<>();
    private final List<String> processes = new ArrayList<>();
    /** Per employee: n, sum of q1+q2+q3, sum of q4, PERSON, CHANNEL, ESCALATE. */
    private final Map<String, long[]> employeeSums = new LinkedHashMap<>();
    /** Per (customer, employee): n, sum of q1+q2+q3, sum of q4. */
    private final Map<List<String>, long[]> pairSums = new LinkedHashMap<>();
    /** Per process: n, sum of q1+q2+q3. */
    private final Map<String, long[]> processSums = new LinkedHashMap<>();
    private final Map<List<String>, Double> effort = new LinkedHashMap<>();
    /** Per (team, process): reports, sum of their friction sums; and who reported on which process. */
    private final Map<List<String>, long[]> painCells = new LinkedHashMap<>();
    private final Set<List<String>> reported = new HashSet<>();
    private PainFigures published;
    private long linksIssued;
    private CycleReport previous;
    private final List<FollowUpInput> followUps = new ArrayList<>();
    private final List<SpecialInput> special = new ArrayList<>();
    private final List<SpecialInput> previousSpecial = new ArrayList<>();
    private final List<String> actedOn = new ArrayList<>();
    private PainFigures earlierPain = PainFigures.NONE;
    private Instant now = NOW;

    CycleBuilder employee(String email, String name, String team) {
        employees.put(email, new EmployeeInfo(email, name, team));
        return this;
    }

    CycleBuilder customer(String ref, String name, String tier, double entitledHours) {
        customers.put(ref, new CustomerInfo(ref, name, tier, entitledHours));
        return this;
    }

    CycleBuilder team(String name) {
        teams.add(name);
        return this;
    }

    CycleBuilder process(String name) {
        processes.add(name);
        return this;
    }

    /** {@code times} responses of a customer about an employee, each with the same answers. */
    CycleBuilder answers(int times, String employee, String customer, int q1, int q2, int q3, int q4,
            Contact firstContact) {
        for (int i = 0; i < times; i++) {
            answer(employee, customer, null, q1, q2, q3, q4, firstContact);
        }
        return this;
    }

    /** One response; {@code process} may be null. */
    CycleBuilder answer(String employee, String customer, String process, int q1, int q2, int q3, int q4,
            Contact firstContact) {
        long[] sums = employeeSums.computeIfAbsent(employee, email -> new long[6]);
        sums[0]++;
        sums[1] += q1 + q2 + q3;
        sums[2] += q4;
        sums[3 + firstContact.ordinal()]++;
        long[] pair = pairSums.computeIfAbsent(List.of(customer, employee), key -> new long[3]);
        pair[0]++;
        pair[1] += q1 + q2 + q3;
        pair[2] += q4;
        if (process != null) {
            long[] onProcess = processSums.computeIfAbsent(process, name -> new long[2]);
            onProcess[0]++;
            onProcess[1] += q1 + q2 + q3;
        }
        linksIssued++;
        return this;
    }

    CycleBuilder effort(String employee, String customer, double hours) {
        effort.merge(List.of(employee, customer), hours, Double::sum);
        return this;
    }

    /**
     * A pain report whose five friction ratings sum to {@code frictionSum}, published as this cycle's
     * own (as when it closed). A reporter files one report per process.
     */
    CycleBuilder pain(String reporter, String team, String process, int frictionSum) {
        if (!reported.add(List.of(reporter, process))) {
            throw new IllegalArgumentException(reporter + " already reported on " + process);
        }
        long[] cell = painCells.computeIfAbsent(List.of(team, process), key -> new long[2]);
        cell[0]++;
        cell[1] += frictionSum;
        return this;
    }

    /** Pain figures published by another (closed) cycle, shown instead of this cycle's own. */
    CycleBuilder painFrom(PainFigures figures) {
        published = figures;
        return this;
    }

    /** {@code count} reporters from a team, each rating one process with the same friction sum. */
    CycleBuilder painFromReporters(int count, String team, String process, int frictionSum) {
        for (int i = 0; i < count; i++) {
            pain(team + "-reporter-" + i, team, process, frictionSum);
        }
        return this;
    }

    CycleBuilder followUp(FollowUpInput followUp) {
        followUps.add(followUp);
        return this;
    }

    /** {@code count} special situations of a customer promised by one person, {@code hours} between them. */
    CycleBuilder special(String customer, String promisedBy, long count, double hours) {
        special.add(new SpecialInput(customer, promisedBy, count, hours));
        return this;
    }

    /** The same in the previous closed cycle. */
    CycleBuilder previousSpecial(String customer, String promisedBy, long count, double hours) {
        previousSpecial.add(new SpecialInput(customer, promisedBy, count, hours));
        return this;
    }

    /** A process with an action recorded in this cycle or in the one its pain figures come from. */
    CycleBuilder actedOn(String process) {
        actedOn.add(process);
        return this;
    }

    /** The figures published by the closed cycle before the one the pain figures come from. */
    CycleBuilder earlierPain(PainFigures figures) {
        earlierPain = figures;
        return this;
    }

    /** The report's "now": the time of the report, or the moment a closed cycle closed. */
    CycleBuilder now(Instant at) {
        now = at;
        return this;
    }

    CycleBuilder linksIssued(long links) {
        linksIssued = links;
        return this;
    }

    CycleBuilder previous(CycleReport report) {
        previous = report;
        return this;
    }

    CycleInput build() {
        return build(ScoringRules.defaults());
    }

    CycleInput build(ScoringRules rules) {
        List<EmployeeResponses> byEmployee = new ArrayList<>();
        employeeSums.forEach((email, s) -> byEmployee.add(
                new EmployeeResponses(email, s[0], s[1], s[2], new FirstContact(s[3], s[4], s[5]))));
        List<PairResponses> byPair = new ArrayList<>();
        pairSums.forEach((key, s) -> byPair.add(new PairResponses(key.get(0), key.get(1), s[0], s[1], s[2])));
        List<ProcessResponses> byProcess = new ArrayList<>();
        processSums.forEach((name, s) -> byProcess.add(new ProcessResponses(name, s[0], s[1])));
        List<EffortHours> hours = new ArrayList<>();
        effort.forEach((key, h) -> hours.add(new EffortHours(key.get(0), key.get(1), h)));
        FollowUpCounts counts = new FollowUpCounts(now);
        followUps.forEach(counts::add);
        return new CycleInput(CYCLE, linksIssued, List.copyOf(employees.values()), List.copyOf(customers.values()),
                teams, processes, byEmployee, byPair, byProcess, hours, pain(rules), counts, special, previousSpecial,
                actedOn, earlierPain, previous);
    }

    private PainFigures pain(ScoringRules rules) {
        if (published != null || painCells.isEmpty()) {
            return published != null ? published : PainFigures.NONE;
        }
        List<PainCell> cells = new ArrayList<>();
        painCells.forEach((key, sums) -> cells.add(new PainCell(key.get(0), key.get(1), sums[0], sums[1])));
        Anonymity.Disclosure disclosure = Anonymity.of(cells, teams, processes, rules);
        return new PainFigures(CYCLE, disclosure.company(), disclosure.teams(), disclosure.processes());
    }

    CycleReport score() {
        return score(ScoringRules.defaults());
    }

    CycleReport score(ScoringRules rules) {
        return CycleScorer.score(build(rules), rules);
    }
}
