package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.twoway.scoring.CycleBuilder.Contact.CHANNEL;
import static org.twoway.scoring.CycleBuilder.Contact.ESCALATE;
import static org.twoway.scoring.CycleBuilder.Contact.PERSON;
import static org.twoway.scoring.ReportLookup.employee;

import org.junit.jupiter.api.Test;

class EmployeeScoreTest {

    /**
     * Ann: 3 responses of 5/5/5, s = 5 each, sum of s = 15. Bob: 3 of 3/3/3, sum of s = 9.
     * Carl: 2 of 5/5/5, sum of s = 10 (too few to be scored, but part of the cycle mean).
     * mu = (15 + 9 + 10) / 8 = 4.25, m = 3.
     * S(Ann) = (3 * 4.25 + 15) / (3 + 3) = 27.75 / 6 = 4.625
     * S(Bob) = (3 * 4.25 + 9) / (3 + 3) = 21.75 / 6 = 3.625
     */
    private static CycleReport annBobAndCarl() {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .employee("carl@x.example", "Carl Ott", "Sales")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .answers(3, "ann@x.example", "ACME", 5, 5, 5, 4, PERSON)
                .answers(3, "bob@x.example", "ACME", 3, 3, 3, 2, CHANNEL)
                .answers(2, "carl@x.example", "ACME", 5, 5, 5, 5, ESCALATE)
                .score();
    }

    @Test
    void scoreIsShrunkTowardTheCycleMean() {
        CycleReport report = annBobAndCarl();

        assertEquals(4.25, report.cycleMean());
        assertEquals(4.625, employee(report, "ann@x.example").score());
        assertEquals(5.0, employee(report, "ann@x.example").rawMean());
        assertEquals(3.625, employee(report, "bob@x.example").score());
        assertEquals(3.0, employee(report, "bob@x.example").rawMean());
    }

    @Test
    void fewerThanMinResponsesShowsNoScoreButStillResponsesAndRawMean() {
        EmployeeReport carl = employee(annBobAndCarl(), "carl@x.example");

        assertNull(carl.score());
        assertNull(carl.rank());
        assertEquals(2, carl.responses());
        assertEquals(5.0, carl.rawMean());
    }

    @Test
    void exactlyMinResponsesIsScored() {
        EmployeeReport ann = employee(annBobAndCarl(), "ann@x.example");

        assertEquals(3, ann.responses());
        assertEquals(4.625, ann.score());
    }

    @Test
    void oneLuckyFiveDoesNotTopTheRanking() {
        // With minResponses 1, Dana's single 5/5/5 is scored, but shrunk toward the cycle mean:
        // sum of s = 15 (Ann) + 9 (Bob) + 10 (Carl) + 5 (Dana) = 39 over 9 responses, mu = 4.333...
        // S(Ann) = (3 * 4.333 + 15) / 6 = 28 / 6 = 4.667    S(Carl) = (13 + 10) / 5 = 4.6
        // S(Dana) = (13 + 5) / 4 = 4.5                       S(Bob) = (13 + 9) / 6 = 3.667
        CycleReport report = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .employee("carl@x.example", "Carl Ott", "Sales")
                .employee("dana@x.example", "Dana Roy", "Sales")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .answers(3, "ann@x.example", "ACME", 5, 5, 5, 4, PERSON)
                .answers(3, "bob@x.example", "ACME", 3, 3, 3, 2, CHANNEL)
                .answers(2, "carl@x.example", "ACME", 5, 5, 5, 5, ESCALATE)
                .answers(1, "dana@x.example", "ACME", 5, 5, 5, 5, PERSON)
                .score(new ScoringRules(3, 1, 5, 3, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 0.3, 3, 0.8, 0.3, 2));

        assertEquals(28 / 6.0, employee(report, "ann@x.example").score(), 1e-12);
        assertEquals(4.6, employee(report, "carl@x.example").score(), 1e-12);
        assertEquals(4.5, employee(report, "dana@x.example").score(), 1e-12);
        assertEquals(22 / 6.0, employee(report, "bob@x.example").score(), 1e-12);
        assertEquals(1, employee(report, "ann@x.example").rank());
        assertEquals(2, employee(report, "carl@x.example").rank());
        assertEquals(3, employee(report, "dana@x.example").rank());
        assertEquals(4, employee(report, "bob@x.example").rank());
    }

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        // Ann and Dana both answer 5/5/5 three times, Bob 3/3/3: mu = (15 + 15 + 9) / 9 = 4.333...
        // S(Ann) = S(Dana) = (13 + 15) / 6 = 4.667, S(Bob) = (13 + 9) / 6 = 3.667: ranks 1, 1, 3.
        CycleReport report = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .employee("dana@x.example", "Dana Roy", "Sales")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .answers(3, "ann@x.example", "ACME", 5, 5, 5, 4, PERSON)
                .answers(3, "dana@x.example", "ACME", 5, 5, 5, 4, PERSON)
                .answers(3, "bob@x.example", "ACME", 3, 3, 3, 2, CHANNEL)
                .score();

        assertEquals(1, employee(report, "ann@x.example").rank());
        assertEquals(1, employee(report, "dana@x.example").rank());
        assertEquals(3, employee(report, "bob@x.example").rank());
    }

    @Test
    void rankOneGoesToTheHighestScore() {
        CycleReport report = annBobAndCarl();

        assertEquals(1, employee(report, "ann@x.example").rank());
        assertEquals(2, employee(report, "bob@x.example").rank());
    }

    @Test
    void companyMeanAndFirstContactSummariseTheAnswers() {
        EmployeeReport bob = employee(annBobAndCarl(), "bob@x.example");

        assertEquals(2.0, bob.companyMean());
        assertEquals(new FirstContact(0, 3, 0), bob.firstContact());
    }

    @Test
    void employeeWithoutResponsesHasNoMeansAndNoFirstContacts() {
        EmployeeReport eve = employee(new CycleBuilder().employee("eve@x.example", "Eve", "Support").score(),
                "eve@x.example");

        assertEquals(0, eve.responses());
        assertNull(eve.rawMean());
        assertNull(eve.score());
        assertNull(eve.companyMean());
        assertEquals(new FirstContact(0, 0, 0), eve.firstContact());
        assertEquals(0.0, eve.hours());
    }

    @Test
    void hoursAreSummedOverCustomers() {
        CycleReport report = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .customer("BETA", "Beta AG", "Gold", 40)
                .effort("ann@x.example", "ACME", 12.5)
                .effort("ann@x.example", "BETA", 7.25)
                .score();

        assertEquals(19.75, employee(report, "ann@x.example").hours());
    }
}
