package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.scoring.CycleBuilder.Contact.PERSON;
import static org.twoway.scoring.ReportLookup.customer;
import static org.twoway.scoring.ReportLookup.flags;
import static org.twoway.scoring.ReportLookup.onlyFlag;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acme (40 h entitled, so never over-served here) is served by Ann and Bob. Acme rates Ann 5/5/5
 * (norm(s) = 1) and the company 4 (norm(k) = 0.75): a gap of 0.25, exactly the loyalty gap.
 */
class KeyPersonDependencyTest {

    private static CycleBuilder acmeServedBy(double annHours, double bobHours) {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .customer("ACME", "Acme GmbH", "Gold", 40)
                .effort("ann@x.example", "ACME", annHours)
                .effort("bob@x.example", "ACME", bobHours);
    }

    @Test
    void keyPersonFiresAtExactlyTheDominanceShareAndLoyaltyGap() {
        // Ann: 8 of 10 h = 0.8 >= 0.8, H(c) = 10 >= 10, gap 1 - 0.75 = 0.25 >= 0.25
        CycleReport report = acmeServedBy(8, 2).answers(1, "ann@x.example", "ACME", 5, 5, 5, 4, PERSON).score();
        Flag flag = onlyFlag(report, FlagCode.KEY_PERSON_DEPENDENCY);

        assertEquals(Severity.WARNING, flag.severity());
        assertEquals(SubjectType.CUSTOMER, flag.subjectType());
        assertEquals("ACME", flag.subject());
        assertEquals(List.of("employee", "share", "employeeScore", "companyScore"),
                List.copyOf(flag.evidence().keySet()));
        assertEquals(Map.of("employee", "ann@x.example", "share", 0.8, "employeeScore", 1.0, "companyScore", 0.75),
                flag.evidence());
        assertEquals("Acme GmbH relies on Ann Lee for 80% of its 10 h and rates Ann Lee 1 point above the company "
                + "on the 1 to 5 scale.", flag.message());
        assertEquals(List.of(FlagCode.KEY_PERSON_DEPENDENCY), customer(report, "ACME").flags());
    }

    @Test
    void keyPersonDoesNotFireJustBelowTheDominanceShare() {
        // 7.75 of 10 h = 0.775
        CycleReport report =
                acmeServedBy(7.75, 2.25).answers(1, "ann@x.example", "ACME", 5, 5, 5, 4, PERSON).score();

        assertTrue(flags(report, FlagCode.KEY_PERSON_DEPENDENCY).isEmpty());
    }

    @Test
    void keyPersonDoesNotFireJustBelowTheLoyaltyGap() {
        // two responses 5/5/5 and 5/5/4, both rating the company 4: mean s = 29 / 6 = 4.833,
        // norm(s) = 0.958, norm(k) = 0.75, gap 0.208 < 0.25
        CycleReport report = acmeServedBy(8, 2)
                .answers(1, "ann@x.example", "ACME", 5, 5, 5, 4, PERSON)
                .answers(1, "ann@x.example", "ACME", 5, 5, 4, 4, PERSON)
                .score();

        assertTrue(flags(report, FlagCode.KEY_PERSON_DEPENDENCY).isEmpty());
    }

    @Test
    void keyPersonNeedsAtLeastOneResponseAboutThePerson() {
        // Ann dominates, but Acme only rated Bob
        CycleReport report = acmeServedBy(8, 2).answers(1, "bob@x.example", "ACME", 5, 5, 5, 1, PERSON).score();

        assertTrue(flags(report, FlagCode.KEY_PERSON_DEPENDENCY).isEmpty());
    }

    @Test
    void keyPersonDoesNotFireBelowMinHours() {
        // Ann alone: 9.5 of 9.5 h = 1, but H(c) = 9.5 < 10
        CycleReport report = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .customer("ACME", "Acme GmbH", "Gold", 40)
                .effort("ann@x.example", "ACME", 9.5)
                .answers(1, "ann@x.example", "ACME", 5, 5, 5, 4, PERSON)
                .score();

        assertTrue(flags(report, FlagCode.KEY_PERSON_DEPENDENCY).isEmpty());
    }

    @Test
    void keyPersonUsesOnlyThisCustomersResponses() {
        // Beta rates Ann 5/5/5 and the company 1, but Acme rates both 5: Acme's gap is 0
        CycleReport report = acmeServedBy(8, 2)
                .customer("BETA", "Beta AG", "Gold", 40)
                .answers(1, "ann@x.example", "ACME", 5, 5, 5, 5, PERSON)
                .answers(3, "ann@x.example", "BETA", 5, 5, 5, 1, PERSON)
                .score();

        assertTrue(flags(report, FlagCode.KEY_PERSON_DEPENDENCY).isEmpty());
        assertEquals(1, customer(report, "ACME").responses());
        assertEquals(3, customer(report, "BETA").responses());
    }
}
