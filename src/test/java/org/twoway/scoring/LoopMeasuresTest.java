package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.twoway.scoring.CycleBuilder.NOW;
import static org.twoway.scoring.ReportLookup.employee;
import static org.twoway.scoring.ReportLookup.team;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Ann and Bob are in team Support, Cy in Sales; the report is taken at NOW unless a test says otherwise. */
class LoopMeasuresTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private static CycleBuilder company() {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .employee("cy@x.example", "Cy Ito", "Sales");
    }

    /** An answer's follow-up with s = 2, contacted by its owner at {@code contacted} (null: not yet). */
    static FollowUpInput answer(String owner, Instant due, Instant contacted) {
        return new FollowUpInput(owner, FollowUpInput.Source.ANSWER, due, contacted, false, 2.0, null);
    }

    /** An answer's follow-up with s = 2, contacted in time by someone other than its owner. */
    static FollowUpInput handledByOther(String owner) {
        return new FollowUpInput(owner, FollowUpInput.Source.ANSWER, NOW.minus(DAY), NOW.minus(DAY.multipliedBy(2)),
                true, 2.0, null);
    }

    /** An answer's follow-up with s = 2, contacted in time, after which the customer answered with s = later. */
    static FollowUpInput answeredAgain(String owner, double later) {
        return new FollowUpInput(owner, FollowUpInput.Source.ANSWER, NOW.minus(DAY), NOW.minus(DAY.multipliedBy(2)),
                false, 2.0, later);
    }

    static FollowUpInput direct(String owner, Instant due, Instant contacted) {
        return new FollowUpInput(owner, FollowUpInput.Source.DIRECT_CONTACT, due, contacted, false, null, null);
    }

    @Test
    void contactAtOrBeforeTheDueTimeIsOnTimeAfterItLateAndNoneWhenDueBeforeNowLateAndOverdue() {
        Instant due = NOW.minus(DAY);
        LoopMeasures ann = employee(company()
                .followUp(answer("ann@x.example", due, due))                       // at the due time: on time
                .followUp(answer("ann@x.example", due, due.minus(HOUR)))           // before: on time
                .followUp(answer("ann@x.example", due, due.plusMillis(1)))         // a millisecond after: late
                .followUp(answer("ann@x.example", NOW.minusMillis(1), null))       // due a moment ago: late, overdue
                .followUp(answer("ann@x.example", NOW, null))                      // due exactly now: no part yet
                .followUp(answer("ann@x.example", NOW.plus(DAY), null))            // due tomorrow: no part yet
                .score(), "ann@x.example").loop();

        // onTime 2, late 1 + 1 = 2, followUps 4, share 2 / 4; contacted 3; overdue 1
        assertEquals(new LoopMeasures(4, 2, 2, 0.5, 3, 0, 0.0, null, 1, 0), ann);
    }

    @Test
    void closedOnTimeShareNeedsMinFollowUps() {
        Instant due = NOW.minus(DAY);
        CycleBuilder two = company().followUp(answer("ann@x.example", due, due)).followUp(answer("ann@x.example", due, null));
        LoopMeasures below = employee(two.score(), "ann@x.example").loop();
        LoopMeasures atMinimum = employee(two.followUp(answer("ann@x.example", due, due)).score(), "ann@x.example").loop();

        assertEquals(2, below.followUps());
        assertNull(below.closedOnTimeShare());
        // 2 on time of 3
        assertEquals(2.0 / 3, atMinimum.closedOnTimeShare(), 1e-15);
    }

    @Test
    void dueAtOnceIsLateUnlessContactedTheMomentItOpened() {
        // loop.dueWorkingDays 0: due when it opened, here an hour ago
        Instant opened = NOW.minus(HOUR);
        LoopMeasures ann = employee(company()
                .followUp(answer("ann@x.example", opened, opened))
                .followUp(answer("ann@x.example", opened, opened.plusSeconds(1)))
                .followUp(answer("ann@x.example", opened, null))
                .score(), "ann@x.example").loop();

        assertEquals(new LoopMeasures(3, 1, 2, 1.0 / 3, 2, 0, null, null, 1, 0), ann);
    }

    @Test
    void handledByOthersIsAShareOfTheContactedNeedingMinFollowUps() {
        Instant due = NOW.minus(DAY);
        CycleBuilder cycle = company()
                .followUp(handledByOther("ann@x.example"))
                .followUp(answer("ann@x.example", due, due))
                .followUp(answer("ann@x.example", due, null));              // not contacted: not in the share
        LoopMeasures two = employee(cycle.score(), "ann@x.example").loop();
        LoopMeasures four = employee(cycle.followUp(answer("ann@x.example", due, due))
                .followUp(answer("ann@x.example", due, due)).score(), "ann@x.example").loop();

        assertEquals(2, two.contacted());
        assertEquals(1, two.handledByOthers());
        assertNull(two.handledByOthersShare());
        // 1 of 4 contacted
        assertEquals(0.25, four.handledByOthersShare());
    }

    @Test
    void recoveryIsTheShareOfNextAnswersAboveTheOneThatOpenedIt() {
        // each opened by s = 2: next 3 is higher, next 2 is not, next 5/3 is lower
        CycleBuilder cycle = company()
                .followUp(answeredAgain("ann@x.example", 3.0))
                .followUp(answeredAgain("ann@x.example", 2.0))
                .followUp(answer("ann@x.example", NOW.minus(DAY), NOW.minus(DAY)));   // not answered again
        LoopMeasures two = employee(cycle.score(), "ann@x.example").loop();
        LoopMeasures three = employee(cycle.followUp(answeredAgain("ann@x.example", 5.0 / 3)).score(),
                "ann@x.example").loop();

        assertNull(two.recovery());
        assertEquals(1.0 / 3, three.recovery(), 1e-15);
    }

    @Test
    void aTeamCountsTheFollowUpsItsMembersOwnAndTheCompanyAlsoTheUnownedOnes() {
        Instant due = NOW.minus(DAY);
        CycleReport report = company()
                .followUp(answer("ann@x.example", due, due))
                .followUp(direct("ann@x.example", due, null))
                .followUp(answer("bob@x.example", due, due.plus(HOUR)))
                .followUp(direct("bob@x.example", NOW.plus(DAY), null))
                .followUp(answer("cy@x.example", due, due))
                .followUp(answer(null, due, null))
                .score();

        // Support: Ann on time and overdue, Bob late and not yet due; two of the four are direct contacts
        assertEquals(new LoopMeasures(3, 1, 2, 1.0 / 3, 2, 0, null, null, 1, 2), team(report, "Support").loop());
        assertEquals(new LoopMeasures(1, 1, 0, null, 1, 0, null, null, 0, 0), team(report, "Sales").loop());
        // all six, the unowned one overdue
        assertEquals(new LoopMeasures(5, 2, 3, 0.4, 3, 0, 0.0, null, 2, 2), report.company().loop());
    }

    @Test
    void anEmployeeWithoutFollowUpsHasNothingToMeasure() {
        assertEquals(new LoopMeasures(0, 0, 0, null, 0, 0, null, null, 0, 0),
                employee(company().score(), "cy@x.example").loop());
    }

    @Test
    void aClosedCycleIsMeasuredAtTheMomentItClosedWhateverCameAfter() {
        Instant closed = NOW.minus(DAY.multipliedBy(10));
        LoopMeasures ann = employee(company().now(closed)
                .followUp(answer("ann@x.example", closed.minus(DAY), closed.minus(DAY)))  // on time
                .followUp(answer("ann@x.example", closed.minus(HOUR), null))             // overdue when it closed
                .followUp(answer("ann@x.example", closed.minus(HOUR), closed.plus(DAY)))  // contacted only after: overdue
                .followUp(answer("ann@x.example", closed.plus(HOUR), null))              // due after it closed: no part
                .score(), "ann@x.example").loop();

        assertEquals(new LoopMeasures(3, 1, 2, 1.0 / 3, 1, 0, null, null, 2, 0), ann);
    }

    @Test
    void aFollowUpOfSomeoneNotInTheCycleIsRefused() {
        CycleBuilder cycle = company().followUp(answer("ghost@x.example", NOW, null));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, cycle::score);
        assertEquals("employee ghost@x.example is not among the cycle's employees", error.getMessage());
    }

    @Test
    void aFollowUpThatCouldNotHaveHappenedIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FollowUpInput("ann@x.example",
                FollowUpInput.Source.DIRECT_CONTACT, NOW, NOW, false, 2.0, null));
        assertThrows(IllegalArgumentException.class, () -> new FollowUpInput("ann@x.example",
                FollowUpInput.Source.ANSWER, NOW, null, true, 2.0, null));
        assertThrows(IllegalArgumentException.class, () -> new FollowUpInput("ann@x.example",
                FollowUpInput.Source.ANSWER, NOW, null, false, 2.0, 4.0));
    }
}
