package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.scoring.ReportLookup.employee;
import static org.twoway.scoring.ReportLookup.flags;
import static org.twoway.scoring.ReportLookup.onlyFlag;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acme (20 h entitled, limit 25 h) is over-served by Bob's 30 h alone; Beta (40 h entitled) is not.
 * Ann splits her hours between the two.
 */
class ClientConcentrationTest {

    private static CycleBuilder annSplits(double onAcme, double onBeta) {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .customer("BETA", "Beta AG", "Gold", 40)
                .effort("bob@x.example", "ACME", 30)
                .effort("ann@x.example", "ACME", onAcme)
                .effort("ann@x.example", "BETA", onBeta);
    }

    private static List<Flag> annsFlags(CycleReport report) {
        return flags(report, FlagCode.CLIENT_CONCENTRATION).stream()
                .filter(flag -> flag.subject().equals("ann@x.example")).toList();
    }

    @Test
    void concentrationFiresAtExactlyTheShareOnAnOverServedCustomer() {
        // 8 of 16 h = 0.5 >= 0.5, and H(e) = 16 >= 10
        CycleReport report = annSplits(8, 8).score();
        Flag flag = annsFlags(report).get(0);

        assertEquals(Severity.WARNING, flag.severity());
        assertEquals(SubjectType.EMPLOYEE, flag.subjectType());
        assertEquals(List.of("customer", "share", "hoursOnCustomer", "totalHours"),
                List.copyOf(flag.evidence().keySet()));
        assertEquals(Map.of("customer", "ACME", "share", 0.5, "hoursOnCustomer", 8.0, "totalHours", 16.0),
                flag.evidence());
        assertEquals("Ann Lee spent 8 h of 16 h (50%) on Acme GmbH, a customer already served beyond its "
                + "entitlement.", flag.message());
        assertEquals(List.of(FlagCode.CLIENT_CONCENTRATION), employee(report, "ann@x.example").flags());
    }

    @Test
    void concentrationDoesNotFireJustBelowTheShare() {
        // 8 of 16.25 h = 0.492 < 0.5
        assertTrue(annsFlags(annSplits(8, 8.25).score()).isEmpty());
    }

    @Test
    void concentrationDoesNotFireBelowMinHours() {
        // 4.75 of 9.5 h = 0.5, but H(e) = 9.5 < 10
        assertTrue(annsFlags(annSplits(4.75, 4.75).score()).isEmpty());
    }

    @Test
    void concentrationFiresAtExactlyMinHours() {
        // 5 of 10 h: H(e) = 10 >= 10
        assertEquals(1, annsFlags(annSplits(5, 5).score()).size());
    }

    @Test
    void concentrationDoesNotFireOnACustomerThatIsNotOverServed() {
        // all of Ann's 16 h on Beta (16 h against 40 h entitled): share 1, but Beta is not over-served
        CycleReport report = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .customer("BETA", "Beta AG", "Gold", 40)
                .effort("ann@x.example", "BETA", 16)
                .score();

        assertTrue(report.flags().isEmpty());
    }

    @Test
    void concentrationIsHighAtThreeQuarters() {
        // 12 of 16 h = 0.75
        assertEquals(Severity.HIGH, annsFlags(annSplits(12, 4).score()).get(0).severity());
    }

    @Test
    void concentrationIsAWarningJustBelowThreeQuarters() {
        // 11.75 of 16 h = 0.734
        assertEquals(Severity.WARNING, annsFlags(annSplits(11.75, 4.25).score()).get(0).severity());
    }

    @Test
    void oneFlagPerEmployeeNamingTheOverServedCustomerWithTheLargestShare() {
        // concentrationShare 0.3. Ann: 7 h on Acme (0.35), 9 h on Zeta (0.45), 4 h on Beta (0.2) of 20 h.
        // Acme and Zeta are both over-served (Bob and Carl give each 30 h against 20 h entitled).
        CycleReport report = annSplits(7, 4)
                .employee("carl@x.example", "Carl Ott", "Sales")
                .customer("ZETA", "Zeta SA", "Silver", 20)
                .effort("carl@x.example", "ZETA", 30)
                .effort("ann@x.example", "ZETA", 9)
                .score(new ScoringRules(3, 3, 5, 3, 0.6, 0.25, 10, 0.3, 0.8, 0.25, 0.3, 3, 0.8, 0.3, 2));

        List<Flag> flags = annsFlags(report);
        assertEquals(1, flags.size());
        assertEquals("ZETA", flags.get(0).evidence().get("customer"));
        assertEquals(0.45, flags.get(0).evidence().get("share"));
    }

    @Test
    void equalLargestSharesNameTheCustomerFirstByRef() {
        // 8 h on Acme and 8 h on Zeta, both over-served: 0.5 each
        CycleReport report = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .customer("ZETA", "Zeta SA", "Silver", 20)
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .effort("bob@x.example", "ZETA", 30)
                .effort("bob@x.example", "ACME", 30)
                .effort("ann@x.example", "ZETA", 8)
                .effort("ann@x.example", "ACME", 8)
                .score();

        assertEquals("ACME", annsFlags(report).get(0).evidence().get("customer"));
    }
}
