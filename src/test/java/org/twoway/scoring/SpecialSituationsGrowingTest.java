package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.scoring.ReportLookup.customer;
import static org.twoway.scoring.ReportLookup.flags;
import static org.twoway.scoring.ReportLookup.onlyFlag;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acme GmbH is a Silver customer entitled to 20 h, Beta AG a Gold one entitled to 40 h; "previous" is the closed cycle
 * before. The special situations given are the ones HR did not decline.
 */
class SpecialSituationsGrowingTest {

    private static CycleBuilder company() {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .customer("BETA", "Beta AG", "Gold", 40);
    }

    private static ScoringRules minSpecial(int minSpecial) {
        ScoringRules d = ScoringRules.defaults();
        return new ScoringRules(d.priorWeight(), d.minResponses(), d.minGroupResponses(), d.anonymityThreshold(),
                d.quadrantThreshold(), d.overServeTolerance(), d.minHours(), d.concentrationShare(), d.dominanceShare(),
                d.loyaltyGap(), d.bypassShare(), d.minFollowUps(), d.loopShare(), d.interveneShare(), minSpecial);
    }

    @Test
    void firesAtMinSpecialWithNoneBeforeWithItsEvidence() {
        // 2 >= 2 and 2 > 0; Acme received no hours, so it is not over-served: a warning. Margin (2 - 0) / max(0, 1) = 2.
        Flag flag = onlyFlag(company().special("ACME", "Ann Lee", 2, 6.5).score(), FlagCode.SPECIAL_SITUATIONS_GROWING);

        assertEquals(Severity.WARNING, flag.severity());
        assertEquals(SubjectType.CUSTOMER, flag.subjectType());
        assertEquals("ACME", flag.subject());
        assertEquals(List.of("count", "previousCount", "hours", "promisedBy"), List.copyOf(flag.evidence().keySet()));
        assertEquals(Map.of("count", 2L, "previousCount", 0L, "hours", 6.5, "promisedBy", List.of("Ann Lee")),
                flag.evidence());
        assertEquals("Acme GmbH was promised 2 special situations beyond its Silver tier (6.5 h estimated), up from none"
                + " in the cycle before: write them into a tier, or stop them.", flag.message());
    }

    @Test
    void doesNotFireBelowMinSpecial() {
        assertTrue(flags(company().special("ACME", "Ann Lee", 1, 40).score(), FlagCode.SPECIAL_SITUATIONS_GROWING)
                .isEmpty());
    }

    @Test
    void doesNotFireWhenTheCountDidNotGrow() {
        // 3 now, 3 before: not more; 3 now, 4 before: fewer
        assertTrue(flags(company().special("ACME", "Ann Lee", 3, 9).previousSpecial("ACME", "Ann Lee", 3, 9).score(),
                FlagCode.SPECIAL_SITUATIONS_GROWING).isEmpty());
        assertTrue(flags(company().special("ACME", "Ann Lee", 3, 9).previousSpecial("ACME", "HR", 4, 2).score(),
                FlagCode.SPECIAL_SITUATIONS_GROWING).isEmpty());
    }

    @Test
    void firesOneAboveThePreviousCountWithItsMargin() {
        // 3 now against 1 + 1 before (two promisers then): 3 > 2, margin (3 - 2) / 2 = 0.5
        Flag flag = onlyFlag(company().special("ACME", "Ann Lee", 3, 9).previousSpecial("ACME", "Ann Lee", 1, 2)
                .previousSpecial("ACME", "HR", 1, 1).score(), FlagCode.SPECIAL_SITUATIONS_GROWING);

        assertEquals(2L, flag.evidence().get("previousCount"));
        assertEquals("Acme GmbH was promised 3 special situations beyond its Silver tier (9 h estimated), up from 2 in"
                + " the cycle before: write them into a tier, or stop them.", flag.message());
    }

    @Test
    void isHighWhenTheCustomerIsAlsoOverServed() {
        // 26 h > 20 * 1.25 = 25: over-served, so high; at exactly 25 h it is not, so a warning
        CycleReport over = company().effort("ann@x.example", "ACME", 26).special("ACME", "Ann Lee", 2, 4).score();
        Flag flag = onlyFlag(over, FlagCode.SPECIAL_SITUATIONS_GROWING);

        assertEquals(Severity.HIGH, flag.severity());
        assertTrue(flag.message().startsWith("Acme GmbH, already served beyond its entitlement, was promised 2 special"
                + " situations"), flag.message());
        assertEquals(List.of(FlagCode.OVER_SERVED_CLIENT, FlagCode.SPECIAL_SITUATIONS_GROWING),
                customer(over, "ACME").flags());
        assertEquals(Severity.WARNING, onlyFlag(company().effort("ann@x.example", "ACME", 25)
                .special("ACME", "Ann Lee", 2, 4).score(), FlagCode.SPECIAL_SITUATIONS_GROWING).severity());
    }

    @Test
    void namesThePromisersMostFirstAndSumsTheirHours() {
        // HR promised 2, Ann and Bo 1 each: HR first, then Ann and Bo by name; 2 + 3 + 1 = 6 h
        CycleReport report = company().special("ACME", "Bo Berg", 1, 1).special("ACME", "HR", 2, 3)
                .special("ACME", "Ann Lee", 1, 2).score();
        Flag flag = onlyFlag(report, FlagCode.SPECIAL_SITUATIONS_GROWING);

        assertEquals(List.of("HR", "Ann Lee", "Bo Berg"), flag.evidence().get("promisedBy"));
        assertEquals(4L, flag.evidence().get("count"));
        assertEquals(6.0, flag.evidence().get("hours"));
        assertEquals(4, customer(report, "ACME").specialCount());
        assertEquals(6.0, customer(report, "ACME").specialHours());
        assertEquals(0, customer(report, "BETA").specialCount());
        assertEquals(0.0, customer(report, "BETA").specialHours());
    }

    @Test
    void theCustomerThatGrewMostAgainstItsPreviousCountComesFirst() {
        // Acme 5 against 1: (5 - 1) / 1 = 4; Beta 3 against none: (3 - 0) / max(0, 1) = 3
        CycleReport report = company().special("ACME", "Ann Lee", 5, 10).previousSpecial("ACME", "Ann Lee", 1, 2)
                .special("BETA", "Ann Lee", 3, 6).score();

        assertEquals(List.of("ACME", "BETA"),
                flags(report, FlagCode.SPECIAL_SITUATIONS_GROWING).stream().map(Flag::subject).toList());
    }

    @Test
    void aPreviousCustomerThatIsNotInThisCycleIsCountedForNoOne() {
        CycleReport report = company().special("ACME", "Ann Lee", 2, 4).previousSpecial("GONE", "Ann Lee", 9, 9).score();

        assertEquals(0L, onlyFlag(report, FlagCode.SPECIAL_SITUATIONS_GROWING).evidence().get("previousCount"));
        assertThrows(IllegalArgumentException.class, () -> company().special("GONE", "Ann Lee", 2, 4).score(),
                "this cycle's special situations name the report's customers");
    }

    @Test
    void minSpecialComesFromTheRules() {
        // with 3, two do not fire; with 1, one does, in the singular
        assertTrue(flags(company().special("ACME", "Ann Lee", 2, 4).score(minSpecial(3)),
                FlagCode.SPECIAL_SITUATIONS_GROWING).isEmpty());
        assertEquals("Beta AG was promised 1 special situation beyond its Gold tier (0.5 h estimated), up from none in"
                + " the cycle before: write it into a tier, or stop it.", onlyFlag(company().special("BETA", "HR", 1, 0.5)
                        .score(minSpecial(1)), FlagCode.SPECIAL_SITUATIONS_GROWING).message());
    }
}
