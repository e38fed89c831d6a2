package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.scoring.ReportLookup.customer;
import static org.twoway.scoring.ReportLookup.flags;
import static org.twoway.scoring.ReportLookup.onlyFlag;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Acme's Silver tier entitles it to 20 h; with the tolerance of 0.25 the limit is 20 * 1.25 = 25 h. */
class OverServedClientTest {

    private static CycleBuilder acmeServedFor(double annHours, double bobHours) {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .effort("ann@x.example", "ACME", annHours)
                .effort("bob@x.example", "ACME", bobHours);
    }

    @Test
    void overServedFiresJustAboveTolerance() {
        // 15 + 10.25 = 25.25 h > 25 h
        Flag flag = onlyFlag(acmeServedFor(15, 10.25).score(), FlagCode.OVER_SERVED_CLIENT);

        assertEquals(Severity.WARNING, flag.severity());
        assertEquals(SubjectType.CUSTOMER, flag.subjectType());
        assertEquals("ACME", flag.subject());
    }

    @Test
    void overServedDoesNotFireAtExactlyTheTolerance() {
        // 15 + 10 = 25 h is not more than 25 h: the comparison is strict
        assertTrue(flags(acmeServedFor(15, 10).score(), FlagCode.OVER_SERVED_CLIENT).isEmpty());
    }

    @Test
    void overServedIsHighAtTwiceTheEntitlement() {
        // 25 + 15 = 40 h = 2 * 20 h
        assertEquals(Severity.HIGH, onlyFlag(acmeServedFor(25, 15).score(), FlagCode.OVER_SERVED_CLIENT).severity());
    }

    @Test
    void overServedIsAWarningJustBelowTwiceTheEntitlement() {
        // 25 + 14.75 = 39.75 h < 40 h
        assertEquals(Severity.WARNING,
                onlyFlag(acmeServedFor(25, 14.75).score(), FlagCode.OVER_SERVED_CLIENT).severity());
    }

    @Test
    void overServedEvidenceGivesHoursEntitlementRatioAndContributorsMostHoursFirst() {
        // 24 + 40 = 64 h against 20 h: ratio 3.2; Bob worked more, so Bob comes first
        Flag flag = onlyFlag(acmeServedFor(24, 40).score(), FlagCode.OVER_SERVED_CLIENT);

        assertEquals(List.of("hours", "entitledHours", "ratio", "employees"), List.copyOf(flag.evidence().keySet()));
        assertEquals(Map.of("hours", 64.0, "entitledHours", 20.0, "ratio", 3.2,
                "employees", List.of("bob@x.example", "ann@x.example")), flag.evidence());
        assertEquals("Acme GmbH received 64 h against 20 h entitled by its Silver tier (3.2x).", flag.message());
    }

    @Test
    void contributorsWithEqualHoursAreListedByEmail() {
        Flag flag = onlyFlag(acmeServedFor(20, 20).score(), FlagCode.OVER_SERVED_CLIENT);

        assertEquals(List.of("ann@x.example", "bob@x.example"), flag.evidence().get("employees"));
    }

    @Test
    void overServedCustomerLineCarriesTheFlagCodeAndItsHours() {
        CustomerReport acme = customer(acmeServedFor(24, 40).score(), "ACME");

        assertEquals(64.0, acme.hours());
        assertEquals(20.0, acme.entitledHours());
        assertEquals(List.of(FlagCode.OVER_SERVED_CLIENT), acme.flags());
    }

    @Test
    void customerWithoutEffortIsNotOverServed() {
        CycleReport report = new CycleBuilder().customer("ACME", "Acme GmbH", "Silver", 20).score();

        assertTrue(report.flags().isEmpty());
        assertEquals(0.0, customer(report, "ACME").hours());
    }
}
