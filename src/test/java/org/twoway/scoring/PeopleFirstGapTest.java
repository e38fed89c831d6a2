package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.scoring.CycleBuilder.Contact.PERSON;
import static org.twoway.scoring.ReportLookup.flags;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PEOPLE_FIRST_GAP for team Support (Ann) and for the Refunds process. */
class PeopleFirstGapTest {

    /** 5 responses about Ann naming Refunds, each q1 = q2 = q3 = answer; 3 reporters of Support on Refunds. */
    private static CycleReport support(int answer, int frictionSum) {
        CycleBuilder cycle = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .painFromReporters(3, "Support", "Refunds", frictionSum);
        for (int i = 0; i < 5; i++) {
            cycle.answer("ann@x.example", "ACME", "Refunds", answer, answer, answer, 4, PERSON);
        }
        return cycle.score();
    }

    private static Flag gap(CycleReport report, SubjectType subjectType) {
        List<Flag> gaps = flags(report, FlagCode.PEOPLE_FIRST_GAP).stream()
                .filter(flag -> flag.subjectType() == subjectType).toList();
        assertEquals(1, gaps.size(), "one gap flag for the " + subjectType);
        return gaps.get(0);
    }

    @Test
    void suckerPunchIsHigh() {
        // CS 1 (5/5/5), EX 0.55 (friction 14): AND = 2 * 0.55 / 1.55 = 0.7097
        Flag flag = gap(support(5, 14), SubjectType.TEAM);

        assertEquals(Severity.HIGH, flag.severity());
        assertEquals("Support", flag.subject());
        assertEquals(List.of("quadrant", "cs", "ex", "and"), List.copyOf(flag.evidence().keySet()));
        assertEquals("CUSTOMER_FIRST_SUCKER_PUNCH", flag.evidence().get("quadrant"));
        assertEquals(1.0, flag.evidence().get("cs"));
        assertEquals(0.55, (double) flag.evidence().get("ex"), 1e-15);
        assertEquals(2 * 0.55 / 1.55, (double) flag.evidence().get("and"), 1e-15);
        assertEquals("Team Support is a customer-first sucker punch: customers are happy (CS 1) but its people "
                + "are hurting (EX 0.55).", flag.message());
    }

    @Test
    void customersUnderservedIsAWarning() {
        // CS 0.5 (3/3/3), EX 1 (friction 5)
        Flag flag = gap(support(3, 5), SubjectType.TEAM);

        assertEquals(Severity.WARNING, flag.severity());
        assertEquals(Map.of("quadrant", "CUSTOMERS_UNDERSERVED", "cs", 0.5, "ex", 1.0, "and", 2 * 0.5 / 1.5),
                flag.evidence());
        assertEquals("Team Support is comfortable while customers are underserved: its people are well (EX 1) "
                + "but customers are not (CS 0.5).", flag.message());
    }

    @Test
    void bothHurtingIsHigh() {
        // CS 0.25 (2/2/2), EX 0.25 (friction 20)
        Flag flag = gap(support(2, 20), SubjectType.TEAM);

        assertEquals(Severity.HIGH, flag.severity());
        assertEquals("BOTH_HURTING", flag.evidence().get("quadrant"));
        assertEquals("Team Support is hurting on both sides: customers (CS 0.25) and its people (EX 0.25) are "
                + "both below 0.6.", flag.message());
    }

    @Test
    void processesAreFlaggedToo() {
        Flag flag = gap(support(5, 14), SubjectType.PROCESS);

        assertEquals("Refunds", flag.subject());
        assertEquals(Severity.HIGH, flag.severity());
        assertEquals("The Refunds process is a customer-first sucker punch: customers are happy (CS 1) but the "
                + "people working in it are hurting (EX 0.55).", flag.message());
    }

    @Test
    void theGoalQuadrantIsNotFlagged() {
        // CS 0.75 (4/4/4), EX 0.75 (friction 10)
        assertTrue(flags(support(4, 10), FlagCode.PEOPLE_FIRST_GAP).isEmpty());
    }

    @Test
    void noQuadrantIsNotFlagged() {
        // only 2 reporters: EX hidden, so no quadrant
        CycleBuilder cycle = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .answers(5, "ann@x.example", "ACME", 1, 1, 1, 1, PERSON)
                .painFromReporters(2, "Support", "Refunds", 25);

        assertTrue(flags(cycle.score(), FlagCode.PEOPLE_FIRST_GAP).isEmpty());
    }
}
