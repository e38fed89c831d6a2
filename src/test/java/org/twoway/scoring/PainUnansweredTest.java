package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.scoring.ReportLookup.flags;
import static org.twoway.scoring.ReportLookup.onlyFlag;
import static org.twoway.scoring.ReportLookup.process;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three people of team Support report pain on a process, each with the same five ratings. A report's friction sum
 * of 15 (mean 3) gives EX = 1 - (3 - 1) / 4 = 0.5; of 10 (mean 2) 0.75; of 17 (mean 3.4) 0.4; of 20 (mean 4) 0.25.
 * The cycle reported is 2026 Q4; 2026 Q3 and Q2 closed before it.
 */
class PainUnansweredTest {

    private static final CycleInfo Q3 = new CycleInfo(2, "2026 Q3", "closed", LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 9, 30));
    private static final CycleInfo Q2 = new CycleInfo(1, "2026 Q2", "closed", LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 6, 30));

    /** Q4's own figures (as when it closed): three reports on Refunds of the friction sum given. */
    private static CycleBuilder refunds(int frictionSum) {
        return new CycleBuilder().painFromReporters(3, "Support", "Refunds", frictionSum);
    }

    /** Figures a closed cycle published: three reports on Refunds of the friction sum given, or Refunds hidden. */
    private static PainFigures published(CycleInfo from, Integer frictionSum) {
        PainGroup refunds = frictionSum == null ? new PainGroup("Refunds", null, 0, 0)
                : new PainGroup("Refunds", 3, 3, 3L * frictionSum);
        return new PainFigures(from, new PainGroup(CycleReport.COMPANY, 3, 3, 45), List.of(), List.of(refunds));
    }

    private static ScoringRules threshold(double quadrantThreshold) {
        ScoringRules d = ScoringRules.defaults();
        return new ScoringRules(d.priorWeight(), d.minResponses(), d.minGroupResponses(), d.anonymityThreshold(),
                quadrantThreshold, d.overServeTolerance(), d.minHours(), d.concentrationShare(), d.dominanceShare(),
                d.loyaltyGap(), d.bypassShare(), d.minFollowUps(), d.loopShare(), d.interveneShare(), d.minSpecial());
    }

    @Test
    void firesBelowTheThresholdWithoutAnActionWithItsEvidence() {
        // EX 0.5 < 0.6, none published before: a warning
        Flag flag = onlyFlag(refunds(15).score(), FlagCode.PAIN_UNANSWERED);

        assertEquals(Severity.WARNING, flag.severity());
        assertEquals(SubjectType.PROCESS, flag.subjectType());
        assertEquals("Refunds", flag.subject());
        assertEquals(List.of("ex", "previousEx", "actions"), List.copyOf(flag.evidence().keySet()));
        assertEquals(0.5, flag.evidence().get("ex"));
        assertNull(flag.evidence().get("previousEx"));
        assertEquals(0L, flag.evidence().get("actions"));
        assertEquals("The Refunds process hurts the people working in it (EX 0.5, below 0.6), and no action on it has"
                + " been recorded: nothing tells them that anyone listened.", flag.message());
    }

    @Test
    void doesNotFireAtExactlyTheThreshold() {
        // EX 0.5 with the threshold at 0.5 is not below it
        assertTrue(flags(refunds(15).score(threshold(0.5)), FlagCode.PAIN_UNANSWERED).isEmpty());
        assertEquals(1, flags(refunds(15).score(threshold(0.51)), FlagCode.PAIN_UNANSWERED).size());
    }

    @Test
    void anActionAnswersIt() {
        assertTrue(flags(refunds(15).actedOn("Refunds").score(), FlagCode.PAIN_UNANSWERED).isEmpty());
        assertEquals("Refunds", onlyFlag(refunds(15).actedOn("Billing").score(), FlagCode.PAIN_UNANSWERED).subject(),
                "an action on another process does not");
    }

    @Test
    void aHiddenExDoesNotFire() {
        // two reporters: EX hidden to protect anonymity
        CycleReport report = new CycleBuilder().painFromReporters(2, "Support", "Refunds", 20).score();

        assertNull(process(report, "Refunds").ex());
        assertTrue(flags(report, FlagCode.PAIN_UNANSWERED).isEmpty());
    }

    @Test
    void isHighWhenTheExPublishedBeforeWasBelowTheThresholdToo() {
        // Q2 published 0.4 (< 0.6) before Q4's own 0.5
        Flag flag = onlyFlag(refunds(15).earlierPain(published(Q2, 17)).score(), FlagCode.PAIN_UNANSWERED);

        assertEquals(Severity.HIGH, flag.severity());
        assertEquals(0.4, (Double) flag.evidence().get("previousEx"), 1e-12);
        assertEquals("The Refunds process hurts the people working in it (EX 0.5, below 0.6; 0.4 in 2026 Q2 before"
                + " it), and no action on it has been recorded: nothing tells them that anyone listened.", flag.message());
    }

    @Test
    void isAWarningWhenTheExBeforeWasWellOrHidden() {
        Flag well = onlyFlag(refunds(15).earlierPain(published(Q2, 10)).score(), FlagCode.PAIN_UNANSWERED);
        assertEquals(Severity.WARNING, well.severity());
        assertEquals(0.75, well.evidence().get("previousEx"));
        Flag hidden = onlyFlag(refunds(15).earlierPain(published(Q2, null)).score(), FlagCode.PAIN_UNANSWERED);
        assertEquals(Severity.WARNING, hidden.severity());
        assertNull(hidden.evidence().get("previousEx"));
    }

    @Test
    void anOpenCycleJudgesTheExOfTheLastClosedCycleAgainstTheOneBeforeIt() {
        // Q4 is open: its own reports (friction 10, EX 0.75) are not published; Q3's 0.5 is what it shows, and Q2's 0.4
        // came before that
        CycleReport report = refunds(10).process("Refunds").painFrom(published(Q3, 15)).earlierPain(published(Q2, 17))
                .score();
        Flag flag = onlyFlag(report, FlagCode.PAIN_UNANSWERED);

        assertEquals(Severity.HIGH, flag.severity());
        assertEquals(0.5, flag.evidence().get("ex"));
        assertTrue(flag.message().contains("(EX 0.5 as of 2026 Q3, below 0.6; 0.4 in 2026 Q2 before it)"), flag.message());
        // and Q3's figures being good, nothing fires, whatever Q4's own reports say
        assertTrue(flags(new CycleBuilder().painFromReporters(3, "Support", "Refunds", 20).process("Refunds")
                .painFrom(published(Q3, 10)).score(), FlagCode.PAIN_UNANSWERED).isEmpty());
    }

    @Test
    void theProcessFurtherBelowTheThresholdComesFirst() {
        // Refunds 0.5: (0.6 - 0.5) / 0.6 = 0.17; Billing 0.25: (0.6 - 0.25) / 0.6 = 0.58
        CycleReport report = refunds(15).painFromReporters(3, "Support", "Billing", 20).score();

        assertEquals(List.of("Billing", "Refunds"),
                flags(report, FlagCode.PAIN_UNANSWERED).stream().map(Flag::subject).toList());
    }
}
