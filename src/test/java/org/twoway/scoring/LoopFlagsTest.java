package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.scoring.CycleBuilder.NOW;
import static org.twoway.scoring.ReportLookup.flags;
import static org.twoway.scoring.ReportLookup.onlyFlag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ann is in team Support, Cy in Sales; their follow-ups were due a day before the report. */
class LoopFlagsTest {

    private static final Instant DUE = NOW.minus(Duration.ofDays(1));

    /** Follow-ups of one owner: contacted in time, contacted late, and overdue now. */
    private static CycleBuilder followUps(CycleBuilder cycle, String owner, int onTime, int late, int overdue) {
        for (int i = 0; i < onTime; i++) {
            cycle.followUp(LoopMeasuresTest.answer(owner, DUE, DUE));
        }
        for (int i = 0; i < late; i++) {
            cycle.followUp(LoopMeasuresTest.answer(owner, DUE, DUE.plusSeconds(60)));
        }
        for (int i = 0; i < overdue; i++) {
            cycle.followUp(LoopMeasuresTest.answer(owner, DUE, null));
        }
        return cycle;
    }

    private static CycleBuilder company() {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("cy@x.example", "Cy Ito", "Sales");
    }

    private static CycleReport support(int onTime, int late, int overdue) {
        return followUps(company(), "ann@x.example", onTime, late, overdue).score();
    }

    /** Ann's first contacts: by others on {@code byOthers}, by herself on the rest. */
    private static CycleReport handledBy(int byOthers, int herself) {
        CycleBuilder cycle = followUps(company(), "ann@x.example", herself, 0, 0);
        for (int i = 0; i < byOthers; i++) {
            cycle.followUp(LoopMeasuresTest.handledByOther("ann@x.example"));
        }
        return cycle.score();
    }

    @Test
    void loopNotClosedFiresBelowTheShareWithItsEvidence() {
        // 7 of 10 on time = 0.7 < 0.8, 3 late of which 1 overdue
        Flag flag = onlyFlag(support(7, 2, 1), FlagCode.LOOP_NOT_CLOSED);

        assertEquals(Severity.WARNING, flag.severity());
        assertEquals(SubjectType.TEAM, flag.subjectType());
        assertEquals("Support", flag.subject());
        assertEquals(List.of("followUps", "onTime", "share", "overdueNow"), List.copyOf(flag.evidence().keySet()));
        assertEquals(Map.of("followUps", 10L, "onTime", 7L, "share", 0.7, "overdueNow", 1L), flag.evidence());
        assertEquals("Team Support got back to the customer in time on 7 of 10 follow-ups (70%); 1 is overdue now.",
                flag.message());
    }

    @Test
    void loopNotClosedSaysHowManyAreOverdueOnlyWhenSomeAre() {
        assertEquals("Team Support got back to the customer in time on 7 of 10 follow-ups (70%).",
                onlyFlag(support(7, 3, 0), FlagCode.LOOP_NOT_CLOSED).message());
        assertTrue(onlyFlag(support(7, 0, 3), FlagCode.LOOP_NOT_CLOSED).message().endsWith("; 3 are overdue now."));
    }

    @Test
    void loopNotClosedDoesNotFireAtExactlyTheShare() {
        // 8 of 10 = 0.8
        assertTrue(flags(support(8, 2, 0), FlagCode.LOOP_NOT_CLOSED).isEmpty());
    }

    @Test
    void loopNotClosedNeedsMinFollowUps() {
        // 0 of 2: share null
        assertTrue(flags(support(0, 1, 1), FlagCode.LOOP_NOT_CLOSED).isEmpty());
        // 0 of 3
        assertEquals(Severity.HIGH, onlyFlag(support(0, 2, 1), FlagCode.LOOP_NOT_CLOSED).severity());
    }

    @Test
    void loopNotClosedIsHighBelowHalfAndAWarningAtHalf() {
        // 49 of 100; 5 of 10
        assertEquals(Severity.HIGH, onlyFlag(support(49, 51, 0), FlagCode.LOOP_NOT_CLOSED).severity());
        assertEquals(Severity.WARNING, onlyFlag(support(5, 5, 0), FlagCode.LOOP_NOT_CLOSED).severity());
    }

    @Test
    void followUpsNotYetDueDoNotHoldTheLoopOpen() {
        // 8 of 10 on time, and 5 more not contacted but due tomorrow
        CycleBuilder cycle = followUps(company(), "ann@x.example", 8, 2, 0);
        for (int i = 0; i < 5; i++) {
            cycle.followUp(LoopMeasuresTest.answer("ann@x.example", NOW.plus(Duration.ofDays(1)), null));
        }
        assertTrue(flags(cycle.score(), FlagCode.LOOP_NOT_CLOSED).isEmpty());
    }

    @Test
    void theTeamFurtherBelowTheShareComesFirst() {
        // Support 7 of 10: margin (0.8 - 0.7) / 0.8 = 0.125; Sales 6 of 10: (0.8 - 0.6) / 0.8 = 0.25
        CycleBuilder cycle = followUps(company(), "ann@x.example", 7, 3, 0);
        CycleReport report = followUps(cycle, "cy@x.example", 6, 4, 0).score();

        assertEquals(List.of("Sales", "Support"),
                flags(report, FlagCode.LOOP_NOT_CLOSED).stream().map(Flag::subject).toList());
    }

    @Test
    void bossIntervenesFiresAtExactlyTheShareWithItsEvidence() {
        // 3 of 10 first contacts by others = 0.3 >= 0.3
        Flag flag = onlyFlag(handledBy(3, 7), FlagCode.BOSS_INTERVENES);

        assertEquals(Severity.WARNING, flag.severity());
        assertEquals(SubjectType.TEAM, flag.subjectType());
        assertEquals("Support", flag.subject());
        assertEquals(List.of("contacted", "handledByOthers", "share"), List.copyOf(flag.evidence().keySet()));
        assertEquals(Map.of("contacted", 10L, "handledByOthers", 3L, "share", 0.3), flag.evidence());
        assertEquals("On 3 of 10 follow-ups of team Support (30%), someone other than the account manager made the"
                + " first contact, which teaches customers to go over their heads.", flag.message());
    }

    @Test
    void bossIntervenesDoesNotFireJustBelowTheShare() {
        // 29 of 100
        assertTrue(flags(handledBy(29, 71), FlagCode.BOSS_INTERVENES).isEmpty());
    }

    @Test
    void bossIntervenesNeedsMinFollowUpsContacted() {
        // 2 of 2, then 3 of 3
        assertTrue(flags(handledBy(2, 0), FlagCode.BOSS_INTERVENES).isEmpty());
        assertEquals(Severity.HIGH, onlyFlag(handledBy(3, 0), FlagCode.BOSS_INTERVENES).severity());
    }

    @Test
    void bossIntervenesIsHighFromHalf() {
        // 5 of 10; 49 of 100
        assertEquals(Severity.HIGH, onlyFlag(handledBy(5, 5), FlagCode.BOSS_INTERVENES).severity());
        assertEquals(Severity.WARNING, onlyFlag(handledBy(49, 51), FlagCode.BOSS_INTERVENES).severity());
    }

    @Test
    void bossIntervenesOrdersByHowFarPastTheShare() {
        // Support 4 of 10: (0.4 - 0.3) / 0.3 = 1/3; Sales 45 of 100: (0.45 - 0.3) / 0.3 = 0.5
        CycleBuilder cycle = followUps(company(), "ann@x.example", 6, 0, 0);
        for (int i = 0; i < 4; i++) {
            cycle.followUp(LoopMeasuresTest.handledByOther("ann@x.example"));
        }
        followUps(cycle, "cy@x.example", 55, 0, 0);
        for (int i = 0; i < 45; i++) {
            cycle.followUp(LoopMeasuresTest.handledByOther("cy@x.example"));
        }

        assertEquals(List.of("Sales", "Support"),
                flags(cycle.score(), FlagCode.BOSS_INTERVENES).stream().map(Flag::subject).toList());
    }

    @Test
    void theLoopsThresholdsComeFromTheRules() {
        // 9 of 10 on time with loopShare 0.95; 1 of 10 by others with interveneShare 0.1; with minFollowUps 10,
        // 0 of 9 on time (which the defaults flag high) has no share yet
        ScoringRules d = ScoringRules.defaults();
        ScoringRules rules = new ScoringRules(d.priorWeight(), d.minResponses(), d.minGroupResponses(),
                d.anonymityThreshold(), d.quadrantThreshold(), d.overServeTolerance(), d.minHours(),
                d.concentrationShare(), d.dominanceShare(), d.loyaltyGap(), d.bypassShare(), 10, 0.95, 0.1, d.minSpecial());
        CycleBuilder cycle = followUps(company(), "ann@x.example", 8, 1, 0)
                .followUp(LoopMeasuresTest.handledByOther("ann@x.example"));
        CycleReport report = cycle.score(rules);

        assertEquals(0.9, onlyFlag(report, FlagCode.LOOP_NOT_CLOSED).evidence().get("share"));
        assertEquals(0.1, onlyFlag(report, FlagCode.BOSS_INTERVENES).evidence().get("share"));
        assertTrue(followUps(company(), "ann@x.example", 0, 9, 0).score(rules).flags().isEmpty());
    }
}
