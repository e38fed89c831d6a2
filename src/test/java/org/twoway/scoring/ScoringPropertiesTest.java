package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.scoring.ReportLookup.customer;
import static org.twoway.scoring.ReportLookup.employee;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the scoring rules over generated small cycles (see {@link CycleSpec}). */
class ScoringPropertiesTest {

    /** The loop's thresholds, which these properties do not vary: their cycles have no follow-ups. */
    private static final ScoringRules LOOP = ScoringRules.defaults();

    private static final Map<FlagCode, List<String>> EVIDENCE_KEYS = Map.of(
            FlagCode.OVER_SERVED_CLIENT, List.of("hours", "entitledHours", "ratio", "employees"),
            FlagCode.CLIENT_CONCENTRATION, List.of("customer", "share", "hoursOnCustomer", "totalHours"),
            FlagCode.KEY_PERSON_DEPENDENCY, List.of("employee", "share", "employeeScore", "companyScore"),
            FlagCode.ESCALATION_BYPASS, List.of("responses", "escalations", "share", "directContacts"),
            FlagCode.PEOPLE_FIRST_GAP, List.of("quadrant", "cs", "ex", "and"),
            FlagCode.PAIN_UNANSWERED, List.of("ex", "previousEx", "actions"));

    @Property
    void oneMoreTopAnswerNeverLowersAnEmployeesScore(@ForAll("cycles") CycleSpec spec,
            @ForAll @IntRange(max = CycleSpec.EMPLOYEES - 1) int e,
            @ForAll @IntRange(max = CycleSpec.CUSTOMERS - 1) int c,
            @ForAll @IntRange(min = 1, max = 5) int q4) {
        String email = CycleSpec.employee(e);
        Double before = employee(spec.builder().score(), email).score();
        Double after = employee(spec.builder()
                .answer(email, CycleSpec.customer(c), null, 5, 5, 5, q4, CycleBuilder.Contact.PERSON)
                .score(), email).score();

        if (before != null) {
            assertTrue(after >= before, after + " < " + before);
        }
    }

    @Property
    void moreHoursOnACustomerNeverRemoveItsOverServedFlag(@ForAll("cycles") CycleSpec spec,
            @ForAll @IntRange(max = CycleSpec.EMPLOYEES - 1) int e,
            @ForAll @IntRange(max = CycleSpec.CUSTOMERS - 1) int c,
            @ForAll @DoubleRange(min = 0.25, max = 100) double extraHours) {
        String ref = CycleSpec.customer(c);
        CycleReport before = spec.builder().score();
        CycleReport after = spec.builder().effort(CycleSpec.employee(e), ref, extraHours).score();

        if (customer(before, ref).flags().contains(FlagCode.OVER_SERVED_CLIENT)) {
            assertTrue(customer(after, ref).flags().contains(FlagCode.OVER_SERVED_CLIENT));
        }
    }

    @Property
    void noFlagFiresOnAnEmptyCycle(@ForAll("rules") ScoringRules rules) {
        CycleReport report = CycleSpec.emptyCycle().score(rules);

        assertTrue(report.flags().isEmpty());
        report.teams().forEach(team -> assertNull(team.quadrant()));
        report.employees().forEach(employee -> assertNull(employee.score()));
    }

    @Property
    void shuffledInputsGiveTheIdenticalReport(@ForAll("cycles") CycleSpec spec, @ForAll long seed) {
        CycleInput input = spec.builder().build();

        assertEquals(CycleScorer.score(input, ScoringRules.defaults()),
                CycleScorer.score(Shuffled.of(input, new Random(seed)), ScoringRules.defaults()));
    }

    @Property
    void scoreLiesBetweenTheCycleMeanAndTheRawMean(@ForAll("cycles") CycleSpec spec) {
        CycleReport report = spec.builder().score();

        for (EmployeeReport employee : report.employees()) {
            if (employee.score() != null) {
                double low = Math.min(report.cycleMean(), employee.rawMean());
                double high = Math.max(report.cycleMean(), employee.rawMean());
                assertTrue(employee.score() >= low - 1e-12 && employee.score() <= high + 1e-12);
            }
        }
    }

    @Property
    void groupMeasuresStayBetweenZeroAndOneAndAndLiesBetweenCsAndEx(@ForAll("cycles") CycleSpec spec,
            @ForAll("rules") ScoringRules rules) {
        CycleReport report = spec.builder().score(rules);

        for (GroupReport group : concat(report.teams(), report.processes())) {
            for (Double measure : List.of(nullAsZero(group.cs()), nullAsZero(group.ex()), nullAsZero(group.and()))) {
                assertTrue(measure >= 0 && measure <= 1, group.toString());
            }
            if (group.and() != null) {
                assertTrue(group.and() >= Math.min(group.cs(), group.ex()) - 1e-12);
                assertTrue(group.and() <= Math.max(group.cs(), group.ex()) + 1e-12);
            }
        }
    }

    @Property
    void experienceIsShownOnlyOverAtLeastKPeopleAndTheirCountNeverExceedsThePeople(@ForAll("cycles") CycleSpec spec,
            @ForAll("rules") ScoringRules rules) {
        CycleReport report = spec.builder().score(rules);

        for (GroupReport group : concat(report.teams(), report.processes())) {
            if (group.ex() == null) {
                assertNull(group.reporters(), group.name());
                continue;
            }
            long people = spec.pain().stream()
                    .filter(p -> group.name().equals(CycleSpec.team(p.reporter())) || group.name().equals(CycleSpec.process(p.process())))
                    .map(CycleSpec.Pain::reporter).distinct().count();
            assertTrue(group.reporters() >= rules.anonymityThreshold(), group.name());
            assertTrue(group.reporters() <= people, group.name() + ": " + group.reporters() + " > " + people);
        }
    }

    @Property
    void everyFlagHasExactlyTheEvidenceKeysOfScoringMd(@ForAll("cycles") CycleSpec spec,
            @ForAll("rules") ScoringRules rules) {
        for (Flag flag : spec.builder().score(rules).flags()) {
            assertEquals(EVIDENCE_KEYS.get(flag.code()), List.copyOf(flag.evidence().keySet()));
        }
    }

    @Property
    void highFlagsComeBeforeWarnings(@ForAll("cycles") CycleSpec spec, @ForAll("rules") ScoringRules rules) {
        List<Flag> flags = spec.builder().score(rules).flags();
        long highs = flags.stream().filter(flag -> flag.severity() == Severity.HIGH).count();

        flags.subList(0, (int) highs).forEach(flag -> assertEquals(Severity.HIGH, flag.severity()));
    }

    @Property
    void employeeAndCustomerLinesCarryTheCodesOfTheirFlags(@ForAll("cycles") CycleSpec spec,
            @ForAll("rules") ScoringRules rules) {
        CycleReport report = spec.builder().score(rules);

        for (Flag flag : report.flags()) {
            if (flag.subjectType() == SubjectType.EMPLOYEE) {
                assertTrue(employee(report, flag.subject()).flags().contains(flag.code()));
            }
            if (flag.subjectType() == SubjectType.CUSTOMER) {
                assertTrue(customer(report, flag.subject()).flags().contains(flag.code()));
            }
        }
        long lineCodes = report.employees().stream().mapToLong(e -> e.flags().size()).sum()
                + report.customers().stream().mapToLong(c -> c.flags().size()).sum();
        long subjectFlags = report.flags().stream()
                .filter(flag -> flag.subjectType() == SubjectType.EMPLOYEE || flag.subjectType() == SubjectType.CUSTOMER)
                .count();
        assertEquals(subjectFlags, lineCodes);
    }

    @Provide
    Arbitrary<CycleSpec> cycles() {
        Arbitrary<Integer> answer = Arbitraries.integers().between(1, 5);
        Arbitrary<CycleSpec.Answer> answers = Combinators.combine(
                Arbitraries.integers().between(0, CycleSpec.EMPLOYEES - 1),
                Arbitraries.integers().between(0, CycleSpec.CUSTOMERS - 1),
                Arbitraries.integers().between(-1, CycleSpec.PROCESSES - 1),
                answer, answer, answer, answer,
                Arbitraries.of(CycleBuilder.Contact.class)).as(CycleSpec.Answer::new);
        Arbitrary<CycleSpec.Effort> effort = Combinators.combine(
                Arbitraries.integers().between(0, CycleSpec.EMPLOYEES - 1),
                Arbitraries.integers().between(0, CycleSpec.CUSTOMERS - 1),
                Arbitraries.integers().between(1, 200).map(quarters -> quarters * 0.25)).as(CycleSpec.Effort::new);
        Arbitrary<CycleSpec.Pain> pain = Combinators.combine(
                Arbitraries.integers().between(0, CycleSpec.REPORTERS - 1),
                Arbitraries.integers().between(0, CycleSpec.PROCESSES - 1),
                Arbitraries.integers().between(5, 25)).as(CycleSpec.Pain::new);
        return Combinators.combine(answers.list().ofMaxSize(40), effort.list().ofMaxSize(20),
                pain.list().ofMaxSize(15)).as(CycleSpec::new);
    }

    @Provide
    Arbitrary<ScoringRules> rules() {
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 8);
        Arbitrary<Double> share = Arbitraries.doubles().between(0, 1).ofScale(2);
        Arbitrary<int[]> counts = Combinators.combine(count, count, count, Arbitraries.integers().between(3, 6))
                .as((priorWeight, minResponses, minGroupResponses, anonymityThreshold) ->
                        new int[] {priorWeight, minResponses, minGroupResponses, anonymityThreshold});
        Arbitrary<double[]> levels = Combinators.combine(share, Arbitraries.doubles().between(0, 2).ofScale(2),
                        Arbitraries.doubles().between(0, 40).ofScale(1), share, share, share, share)
                .as((quadrant, tolerance, minHours, concentration, dominance, loyalty, bypass) ->
                        new double[] {quadrant, tolerance, minHours, concentration, dominance, loyalty, bypass});
        return Combinators.combine(counts, levels).as((n, x) ->
                new ScoringRules(n[0], n[1], n[2], n[3], x[0], x[1], x[2], x[3], x[4], x[5], x[6],
                        LOOP.minFollowUps(), LOOP.loopShare(), LOOP.interveneShare(), LOOP.minSpecial()));
    }

    private static List<GroupReport> concat(List<GroupReport> teams, List<GroupReport> processes) {
        return Stream.concat(teams.stream(), processes.stream()).toList();
    }

    private static double nullAsZero(Double measure) {
        return measure == null ? 0 : measure;
    }
}
