package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.twoway.scoring.CycleBuilder.Contact.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;

class CycleReportTest {

    @Test
    void responseRateIsResponsesOverLinksIssued() {
        CycleReport report = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .answers(3, "ann@x.example", "ACME", 5, 5, 5, 4, PERSON)
                .linksIssued(4)
                .score();

        assertEquals(CycleBuilder.CYCLE, report.cycle());
        assertEquals(4, report.linksIssued());
        assertEquals(3, report.responses());
        assertEquals(0.75, report.responseRate());
    }

    @Test
    void responseRateIsUnknownWithoutLinks() {
        CycleReport report = new CycleBuilder().score();

        assertEquals(0, report.responses());
        assertNull(report.responseRate());
        assertNull(report.cycleMean());
    }

    @Test
    void linesAreInKeyOrder() {
        CycleReport report = new CycleBuilder()
                .employee("zoe@x.example", "Zoe", "Support")
                .employee("ann@x.example", "Ann", "Sales")
                .customer("ZETA", "Zeta SA", "Silver", 20)
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .team("Ops")
                .process("Refunds")
                .process("Onboarding")
                .score();

        assertEquals(List.of("ann@x.example", "zoe@x.example"),
                report.employees().stream().map(EmployeeReport::email).toList());
        assertEquals(List.of("ACME", "ZETA"), report.customers().stream().map(CustomerReport::ref).toList());
        assertEquals(List.of("Ops", "Sales", "Support"), report.teams().stream().map(GroupReport::name).toList());
        assertEquals(List.of("Onboarding", "Refunds"), report.processes().stream().map(GroupReport::name).toList());
    }

    @Test
    void flagsAreMostSevereFirstThenFurthestPastTheThreshold() {
        // Limits are 25 h for each 20 h tier. Margins relative to the limit:
        // HIGH_A 50 h (high, 1.0), WARN_B 30 h (0.2), WARN_C 27.5 h (0.1), WARN_D 27.5 h (0.1).
        CycleReport report = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .customer("WARN_C", "C", "Silver", 20)
                .customer("WARN_B", "B", "Silver", 20)
                .customer("HIGH_A", "A", "Silver", 20)
                .customer("WARN_D", "D", "Silver", 20)
                .effort("ann@x.example", "WARN_D", 27.5)
                .effort("ann@x.example", "WARN_C", 27.5)
                .effort("bob@x.example", "WARN_B", 30)
                .effort("bob@x.example", "HIGH_A", 50)
                .score();

        List<String> overServed = report.flags().stream()
                .filter(flag -> flag.code() == FlagCode.OVER_SERVED_CLIENT).map(Flag::subject).toList();
        assertEquals(List.of("HIGH_A", "WARN_B", "WARN_C", "WARN_D"), overServed);
        assertEquals(Severity.HIGH, report.flags().get(0).severity());
        assertEquals(Severity.WARNING, report.flags().get(report.flags().size() - 1).severity());
    }

    @Test
    void responsesAboutAnUnknownEmployeeAreRefused() {
        CycleInput input = new CycleBuilder()
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .answers(1, "ghost@x.example", "ACME", 5, 5, 5, 5, PERSON)
                .build();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CycleScorer.score(input, ScoringRules.defaults()));
        assertEquals("employee ghost@x.example is not among the cycle's employees", error.getMessage());
    }

    @Test
    void effortOnAnUnknownCustomerIsRefused() {
        CycleInput input = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .effort("ann@x.example", "GHOST", 5)
                .build();

        assertThrows(IllegalArgumentException.class, () -> CycleScorer.score(input, ScoringRules.defaults()));
    }

    @Test
    void anEmployeeGivenTwiceIsRefused() {
        EmployeeInfo ann = new EmployeeInfo("ann@x.example", "Ann Lee", "Support");
        CycleInput input = new CycleInput(CycleBuilder.CYCLE, 0, List.of(ann, ann), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), PainFigures.NONE, new FollowUpCounts(CycleBuilder.NOW), List.of(),
                List.of(), List.of(), PainFigures.NONE, null);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CycleScorer.score(input, ScoringRules.defaults()));
        assertEquals("employee ann@x.example is given twice", error.getMessage());
    }

    @Test
    void effortGivenTwiceForTheSamePairIsRefused() {
        EffortHours hours = new EffortHours("ann@x.example", "ACME", 5);
        CycleInput input = new CycleInput(CycleBuilder.CYCLE, 0,
                List.of(new EmployeeInfo("ann@x.example", "Ann Lee", "Support")),
                List.of(new CustomerInfo("ACME", "Acme GmbH", "Silver", 20)), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(hours, hours), PainFigures.NONE, new FollowUpCounts(CycleBuilder.NOW),
                List.of(), List.of(), List.of(), PainFigures.NONE, null);

        assertThrows(IllegalArgumentException.class, () -> CycleScorer.score(input, ScoringRules.defaults()));
    }

    @Test
    void aggregatesThatNoAnswersCouldGiveAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new EmployeeResponses("ann@x.example", 2, 31, 8, new FirstContact(2, 0, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> new EmployeeResponses("ann@x.example", 2, 30, 8, new FirstContact(1, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> new PainCell("Support", "Refunds", 1, 26));
        assertThrows(IllegalArgumentException.class, () -> new PainCell("Support", "Refunds", 2, 9));
        assertThrows(IllegalArgumentException.class, () -> new CustomerInfo("ACME", "Acme GmbH", "Silver", 0));
    }
}
