package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.scoring.CycleBuilder.Contact.PERSON;
import static org.twoway.scoring.ReportLookup.process;
import static org.twoway.scoring.ReportLookup.team;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CS, EX, the AND score and the quadrants of a team or process. Ann is team Support's only member.
 * CS = mean of norm(s) = (mean s - 1) / 4; EX = 1 - (mean f - 1) / 4 with f = friction sum / 5.
 */
class GroupMeasuresTest {

    private static CycleBuilder support() {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20);
    }

    /** {@code times} responses about Ann, each with these three employee answers. */
    private static CycleBuilder rated(CycleBuilder cycle, int times, int q1, int q2, int q3) {
        return cycle.answers(times, "ann@x.example", "ACME", q1, q2, q3, 4, PERSON);
    }

    @Test
    void customerSatisfactionIsTheMeanNormalisedEmployeeScore() {
        // 5 responses of 4/4/4: mean s = 4, CS = (4 - 1) / 4 = 0.75
        GroupReport support = team(rated(support(), 5, 4, 4, 4).score(), "Support");

        assertEquals(0.75, support.cs());
        assertEquals(5, support.responses());
    }

    @Test
    void customerSatisfactionIsNullBelowMinGroupResponses() {
        GroupReport support = team(rated(support(), 4, 5, 5, 5).painFromReporters(3, "Support", "Refunds", 5)
                .score(), "Support");

        assertNull(support.cs());
        assertEquals(4, support.responses());
        assertEquals(1.0, support.ex());
        assertNull(support.and());
        assertNull(support.quadrant());
    }

    @Test
    void employeeExperienceIsOneMinusTheMeanNormalisedFriction() {
        // friction sums 10, 15, 20: f = 2, 3, 4; norm(f) = 0.25, 0.5, 0.75; mean 0.5; EX = 0.5
        GroupReport support = team(support()
                .pain("r1", "Support", "Refunds", 10)
                .pain("r2", "Support", "Refunds", 15)
                .pain("r3", "Support", "Refunds", 20)
                .score(), "Support");

        assertEquals(0.5, support.ex());
        assertEquals(3, support.reporters());
    }

    @Test
    void aTeamsReportersAreCountedAtLeastNeverMoreThanThePeopleBehindThem() {
        // r1, r2, r3 each report on another process: nothing links their reports, so all that is known
        // is that at least one person (the most on any one process) reported; the team is hidden.
        // Two of them on Refunds and the third on Onboarding: at least 2, still hidden.
        CycleReport spread = support()
                .pain("r1", "Support", "Refunds", 10)
                .pain("r2", "Support", "Onboarding", 15)
                .pain("r3", "Support", "Billing", 20)
                .score();
        assertNull(team(spread, "Support").ex());
        assertNull(team(spread, "Support").reporters());

        // the same three people on Refunds, and two of them on Onboarding too: at least 3, shown.
        // Five reports: friction sums 10, 10, 10, 15, 15, mean f = 12 / 5 = 2.4, EX = 1 - 0.35 = 0.65
        CycleReport together = support()
                .painFromReporters(3, "Support", "Refunds", 10)
                .pain("Support-reporter-0", "Support", "Onboarding", 15)
                .pain("Support-reporter-1", "Support", "Onboarding", 15)
                .score();
        assertEquals(3, team(together, "Support").reporters());
        assertEquals(0.65, team(together, "Support").ex(), 1e-15);
        assertEquals(3, together.company().reporters());
    }

    @Test
    void anOpenCycleShowsTheLastClosedCyclesFiguresAndNoEmployeeChange() {
        // Q3 published Support's EX 0.5 (3 reporters, friction 15 each); Q4 is open with its own
        // reports unpublished. Q4 shows 0.5 with Q3's 3 reporters; CS is Q4's own, live.
        CycleReport q3 = rated(support(), 5, 2, 2, 2).painFromReporters(3, "Support", "Refunds", 15).score();
        PainFigures fromQ3 = new PainFigures(new CycleInfo(2, "2026 Q3", "closed",
                java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 9, 30)),
                new PainGroup(CycleReport.COMPANY, 3, 3, 45), List.of(new PainGroup("Support", 3, 3, 45)),
                List.of(new PainGroup("Refunds", 3, 3, 45)));
        CycleReport q4 = rated(support(), 5, 4, 4, 4).painFrom(fromQ3).previous(q3).score();
        GroupReport support = team(q4, "Support");

        assertEquals("2026 Q3", q4.painFiguresFrom().name());
        assertEquals(0.5, support.ex());
        assertEquals(3, support.reporters());
        assertEquals(0.75, support.cs());
        assertEquals(0.5, support.delta().cs(), 1e-15);
        assertNull(support.delta().ex(), "EX was not measured again: there is no change to give");
        assertEquals(Quadrant.CUSTOMER_FIRST_SUCKER_PUNCH, support.quadrant());
        assertTrue(q4.flags().stream().anyMatch(f -> f.message().contains("(EX 0.5 as of 2026 Q3)")),
                "the flag's sentence says whose EX it is: " + q4.flags());
    }

    @Test
    void employeeExperienceIsHiddenBelowTheAnonymityThreshold() {
        // four reports, but only two distinct reporters
        CycleReport report = rated(support(), 5, 4, 4, 4)
                .pain("r1", "Support", "Refunds", 10)
                .pain("r1", "Support", "Onboarding", 10)
                .pain("r2", "Support", "Refunds", 10)
                .pain("r2", "Support", "Onboarding", 10)
                .score();
        GroupReport support = team(report, "Support");

        assertNull(support.ex());
        assertNull(support.reporters(), "a hidden group's size is not told");
        assertEquals(0.75, support.cs());
        assertNull(support.and());
        assertNull(support.quadrant());
        assertNull(process(report, "Refunds").ex());
    }

    @Test
    void employeeExperienceIsShownAtExactlyTheAnonymityThreshold() {
        GroupReport support = team(support().painFromReporters(3, "Support", "Refunds", 15).score(), "Support");

        assertEquals(0.5, support.ex());
    }

    @Test
    void teamExperienceUsesOnlyReportsFiledByItsMembers() {
        // Sales reports severe friction on the same process; Support's EX stays 1
        CycleReport report = support()
                .painFromReporters(3, "Support", "Refunds", 5)
                .painFromReporters(3, "Sales", "Refunds", 25)
                .score();

        assertEquals(1.0, team(report, "Support").ex());
        assertEquals(0.0, team(report, "Sales").ex());
        assertEquals(0.5, process(report, "Refunds").ex());
        assertEquals(6, process(report, "Refunds").reporters());
    }

    @Test
    void processSatisfactionUsesOnlyResponsesWhoseLinkNamesIt() {
        // 5 responses of 5/5/5 name Refunds, 5 of 1/1/1 name no process: Refunds CS = 1, team CS = 0.5
        CycleBuilder cycle = support();
        for (int i = 0; i < 5; i++) {
            cycle.answer("ann@x.example", "ACME", "Refunds", 5, 5, 5, 4, PERSON);
        }
        CycleReport report = rated(cycle, 5, 1, 1, 1).score();

        assertEquals(1.0, process(report, "Refunds").cs());
        assertEquals(5, process(report, "Refunds").responses());
        assertEquals(0.5, team(report, "Support").cs());
    }

    @Test
    void andScoreIsTheHarmonicMeanOfCsAndEx() {
        // CS 0.75, EX 0.5: AND = 2 * 0.75 * 0.5 / 1.25 = 0.6
        GroupReport support = team(rated(support(), 5, 4, 4, 4).painFromReporters(3, "Support", "Refunds", 15)
                .score(), "Support");

        assertEquals(0.6, support.and(), 1e-15);
    }

    @Test
    void andScoreIsZeroWhenBothAreZero() {
        // all answers 1/1/1: CS 0; all frictions 5 of 5: EX 0
        GroupReport support = team(rated(support(), 5, 1, 1, 1).painFromReporters(3, "Support", "Refunds", 25)
                .score(), "Support");

        assertEquals(0.0, support.cs());
        assertEquals(0.0, support.ex());
        assertEquals(0.0, support.and());
        assertEquals(Quadrant.BOTH_HURTING, support.quadrant());
    }

    @Test
    void exactlyAtTheThresholdOnBothSidesIsPeopleFirstAndCustomerObsessed() {
        // 4 responses of 3/3/4 and 1 of 3/4/4: mean s = 51 / 15 = 3.4, CS = 0.6.
        // friction 13 for each of 3 reporters: f = 2.6, EX = 1 - 0.4 = 0.6. AND = 0.6.
        CycleBuilder cycle = rated(rated(support(), 4, 3, 3, 4), 1, 3, 4, 4)
                .painFromReporters(3, "Support", "Refunds", 13);
        GroupReport support = team(cycle.score(), "Support");

        assertEquals(0.6, support.cs());
        assertEquals(0.6, support.ex());
        assertEquals(0.6, support.and(), 1e-15);
        assertEquals(Quadrant.PEOPLE_FIRST_AND_CUSTOMER_OBSESSED, support.quadrant());
    }

    @Test
    void happyCustomersAndHurtingPeopleAreACustomerFirstSuckerPunch() {
        // CS 1 (5/5/5), EX just below: friction 14, f = 2.8, EX = 0.55
        GroupReport support = team(rated(support(), 5, 5, 5, 5).painFromReporters(3, "Support", "Refunds", 14)
                .score(), "Support");

        assertEquals(0.55, support.ex(), 1e-15);
        assertEquals(Quadrant.CUSTOMER_FIRST_SUCKER_PUNCH, support.quadrant());
    }

    @Test
    void wellPeopleAndUnhappyCustomersAreCustomersUnderserved() {
        // CS just below: 2 of 3/3/3 and 3 of 3/3/4, mean s = 48 / 15 = 3.2, CS = 0.55; EX 1 (friction 5)
        CycleBuilder cycle = rated(rated(support(), 2, 3, 3, 3), 3, 3, 3, 4)
                .painFromReporters(3, "Support", "Refunds", 5);
        GroupReport support = team(cycle.score(), "Support");

        assertEquals(0.55, support.cs(), 1e-15);
        assertEquals(Quadrant.CUSTOMERS_UNDERSERVED, support.quadrant());
    }

    @Test
    void groupsWithoutDataStillAppearWithNothingMeasured() {
        CycleReport report = new CycleBuilder().team("Empty").process("Refunds").score();
        GroupReport empty = team(report, "Empty");

        assertEquals(new GroupReport("Empty", null, null, null, null, 0, null, null, null,
                new LoopMeasures(0, 0, 0, null, 0, 0, null, null, 0, 0)), empty);
        assertEquals(new GroupReport("Refunds", null, null, null, null, 0, null, null, null, null),
                process(report, "Refunds"));
    }

    @Test
    void theCompanyIsOneGroupOfEveryResponseAndEveryPainReport() {
        // Ann (Support) 5 x 4/4/4, Bo (Sales) 5 x 2/2/2: mean s = (60 + 30) / 30 = 3, CS = (3 - 1) / 4 = 0.5.
        // Support: 2 reporters with friction 5 (f = 1); Sales: 2 with friction 25 (f = 5). Each team has
        // too few reporters for its EX; the company has 4 reports, 3 of them on Refunds, so at least 3
        // people: mean norm(f) = (0 + 0 + 1 + 1) / 4 = 0.5, EX = 0.5.
        // AND = 2 * 0.5 * 0.5 / 1 = 0.5; both below 0.6: hurting on both sides.
        CycleReport report = rated(support(), 5, 4, 4, 4)
                .employee("bo@x.example", "Bo Berg", "Sales")
                .answers(5, "bo@x.example", "ACME", 2, 2, 2, 3, PERSON)
                .painFromReporters(2, "Support", "Refunds", 5)
                .pain("s1", "Sales", "Refunds", 25)
                .pain("s2", "Sales", "Onboarding", 25)
                .score();

        GroupReport company = report.company();
        assertEquals(CycleReport.COMPANY, company.name());
        assertEquals(10, company.responses());
        assertEquals(3, company.reporters());
        assertEquals(0.5, company.cs());
        assertEquals(0.5, company.ex());
        assertEquals(0.5, company.and());
        assertEquals(Quadrant.BOTH_HURTING, company.quadrant());
        assertNull(team(report, "Support").ex());
        assertNull(team(report, "Sales").ex());
    }

    @Test
    void theCompanyFollowsTheGroupNullRulesAndItsTrend() {
        // 4 responses < 5: no CS; 2 reporters < 3: EX hidden
        CycleReport before = rated(support(), 4, 5, 5, 5).painFromReporters(2, "Support", "Refunds", 5).score();
        assertNull(before.company().cs());
        assertNull(before.company().ex());
        assertNull(before.company().quadrant());

        // next cycle: 5 x 5/5/5, CS = 1; the previous company had no measures, so no difference
        CycleReport now = rated(support(), 5, 5, 5, 5).previous(before).score();
        assertEquals(1.0, now.company().cs());
        assertEquals(new GroupScores(null, null, null), now.company().previous());
        assertEquals(new GroupScores(null, null, null), now.company().delta());
    }

    @Test
    void aShownGroupIsHiddenTooWhenSubtractingItFromTheCompanyWouldRevealASmallGroup() {
        // Support has 2 reporters (hidden), Sales 3, Ops 4. With the company's EX shown, company minus
        // Sales minus Ops would give Support's 2 people away, so Sales (fewest reporters) is hidden too:
        // the hidden groups then mix 5 people. Ops stays: 0 friction sums of 5, EX = 1.
        CycleReport report = new CycleBuilder()
                .painFromReporters(2, "Support", "Refunds", 25)
                .painFromReporters(3, "Sales", "Refunds", 15)
                .painFromReporters(4, "Ops", "Refunds", 5)
                .score();

        assertNull(team(report, "Support").ex());
        assertNull(team(report, "Sales").ex());
        assertEquals(1.0, team(report, "Ops").ex());
        assertEquals(9, report.company().reporters());
        // Refunds alone holds every report: nothing is hidden among processes
        assertEquals(report.company().ex(), process(report, "Refunds").ex());
    }

    @Test
    void noShownGroupIsHiddenWhenTheHiddenGroupsTogetherHoldEnoughPeople() {
        // Support 2 and Sales 2 are hidden; together 4 >= 3 distinct people, so Ops (3) stays shown
        CycleReport report = new CycleBuilder()
                .painFromReporters(2, "Support", "Refunds", 25)
                .painFromReporters(2, "Sales", "Refunds", 25)
                .painFromReporters(3, "Ops", "Refunds", 15)
                .score();

        assertNull(team(report, "Support").ex());
        assertNull(team(report, "Sales").ex());
        assertEquals(0.5, team(report, "Ops").ex());
    }
}
