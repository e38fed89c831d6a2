package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.twoway.scoring.CycleBuilder.Contact.PERSON;
import static org.twoway.scoring.ReportLookup.employee;
import static org.twoway.scoring.ReportLookup.process;
import static org.twoway.scoring.ReportLookup.team;

import org.junit.jupiter.api.Test;

class TrendTest {

    /**
     * Previous cycle: Ann 3 of 5/5/5, Bob 3 of 3/3/3: mu = 4, S(Ann) = (12 + 15) / 6 = 4.5.
     * Support (Ann and Bob): CS = (24 / 6 - 1) / 4 = 0.75; 3 reporters with friction 15: EX 0.5;
     * AND = 0.6.
     */
    private static CycleReport previousCycle() {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .process("Refunds")
                .answers(3, "ann@x.example", "ACME", 5, 5, 5, 4, PERSON)
                .answers(3, "bob@x.example", "ACME", 3, 3, 3, 4, PERSON)
                .painFromReporters(3, "Support", "Onboarding", 15)
                .score();
    }

    /**
     * This cycle: Ann 3 of 5/5/5 and Bob 3 of 4/4/4 (Carl is new): mu = 4.5,
     * S(Ann) = (13.5 + 15) / 6 = 4.75, delta 0.25. Support: CS = (27 / 6 - 1) / 4 = 0.875, no pain
     * reports, so EX and AND are unknown now.
     */
    private static CycleReport thisCycle() {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .employee("carl@x.example", "Carl Ott", "Sales")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .process("Refunds")
                .answers(3, "ann@x.example", "ACME", 5, 5, 5, 4, PERSON)
                .answers(3, "bob@x.example", "ACME", 4, 4, 4, 4, PERSON)
                .previous(previousCycle())
                .score();
    }

    @Test
    void employeeShowsPreviousScoreAndTheDifference() {
        EmployeeReport ann = employee(thisCycle(), "ann@x.example");

        assertEquals(4.5, ann.previousScore());
        assertEquals(4.75, ann.score());
        assertEquals(0.25, ann.scoreDelta());
    }

    @Test
    void employeeNewThisCycleHasNoPreviousScore() {
        EmployeeReport carl = employee(thisCycle(), "carl@x.example");

        assertNull(carl.previousScore());
        assertNull(carl.scoreDelta());
    }

    @Test
    void teamShowsPreviousMeasuresAndDifferencesWhereBothExist() {
        GroupReport support = team(thisCycle(), "Support");

        assertEquals(new GroupScores(0.75, 0.5, 0.6), support.previous());
        assertEquals(0.125, support.delta().cs());
        assertNull(support.delta().ex());
        assertNull(support.delta().and());
    }

    @Test
    void groupNotInThePreviousCycleHasNoPreviousAndNoDelta() {
        GroupReport sales = team(thisCycle(), "Sales");

        assertNull(sales.previous());
        assertNull(sales.delta());
    }

    @Test
    void processInThePreviousCycleWithNothingMeasuredHasEmptyPrevious() {
        GroupReport refunds = process(thisCycle(), "Refunds");

        assertEquals(new GroupScores(null, null, null), refunds.previous());
        assertEquals(new GroupScores(null, null, null), refunds.delta());
    }

    @Test
    void withoutPreviousCycleThereIsNoTrend() {
        CycleReport report = previousCycle();

        assertNull(employee(report, "ann@x.example").previousScore());
        assertNull(team(report, "Support").previous());
    }
}
