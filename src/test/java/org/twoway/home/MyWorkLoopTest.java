package org.twoway.home;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.ActionData;
import org.twoway.friction.ActionState;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.OpenCycles;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/**
 * My work's "you said, we did": every process's actions beside the employee's own report on it, and what changed
 * since they reported when an action was done on or after the day of their report, and nothing of anyone else's.
 */
@QuarkusTest
class MyWorkLoopTest {

    Employee reporter;
    Employee colleague;
    BusinessProcess process;

    @BeforeEach
    void company() {
        Team team = TestData.team();
        reporter = TestData.employeeWithLogin(team);
        colleague = TestData.employeeWithLogin(team);
        process = TestData.process();
    }

    static Browser as(Employee employee) {
        return Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
    }

    static void report(Employee employee, ReviewCycle cycle, BusinessProcess process, String fix) {
        Map<String, String> form = new HashMap<>(Map.of("timeWasted", "5", "tools", "4", "handoffs", "4", "rules", "3",
                "customerPressure", "2", "hoursLostPerWeek", "3", "fix", fix, "anonymous", "false"));
        as(employee).submit("/me/cycles/" + cycle.id + "/pain-reports/" + process.id, form).then().statusCode(303);
    }

    /** The process's row of My work, as read. */
    static String row(String home, BusinessProcess process) {
        Matcher row = Pattern.compile("<tr>\\s*<td data-label=\"Process\">" + Pattern.quote(process.name) + "</td>.*?</tr>",
                Pattern.DOTALL).matcher(home);
        assertTrue(row.find(), "My work has a row for " + process.name);
        return PageText.mainText(row.group());
    }

    @Test
    void anActionDoneSinceTheReportSaysWhatChangedAndOneDoneBeforeDoesNot() {
        ReviewCycle cycle = OpenCycles.newest();
        report(reporter, cycle, process, "Fewer approvals");
        ActionData.action(cycle, process, "Approvals cut from three to one", ActionState.DONE, Instant.now());
        ActionData.action(cycle, process, "Old form retired", ActionState.DONE, Instant.now().minus(Duration.ofDays(3)));
        ActionData.action(cycle, process, "A single sign-off screen", ActionState.IN_PROGRESS, null);

        String mine = row(as(reporter).get("/me").then().statusCode(200).extract().asString(), process);
        assertTrue(mine.contains("filed with your name"), mine);
        assertTrue(mine.contains("Approvals cut from three to one — carried by the finance lead, due 2030-06-30 done"), mine);
        assertTrue(mine.contains("A single sign-off screen — carried by the finance lead, due 2030-06-30 in progress"), mine);
        assertTrue(mine.contains("What changed since you reported: Approvals cut from three to one"), mine);
        assertFalse(mine.contains("What changed since you reported: Old form retired"), "done three days before the report");
        assertFalse(mine.contains("What changed since you reported: A single sign-off screen"), "not done yet");

        String theirs = row(as(colleague).get("/me").asString(), process);
        assertTrue(theirs.contains("not filed") && theirs.contains("Approvals cut from three to one"),
                "every employee sees the actions: " + theirs);
        assertFalse(theirs.contains("What changed since you reported"), "the colleague did not report: " + theirs);
        assertFalse(theirs.contains(reporter.name) || theirs.contains("Fewer approvals"), "nothing of the reporter: " + theirs);
    }

    @Test
    void anActionOnLastCyclesPainTellsThoseWhoReportedThenInTheNextCycle() {
        ReviewCycle last = OpenCycles.newest();
        report(reporter, last, process, "");
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewCycle closing = ReviewCycle.findById(last.id);
            closing.state = CycleState.closed;
            closing.closedAt = Instant.now();
        });
        ActionData.action(last, process, "Refund form shortened", ActionState.DONE, Instant.now());
        ReviewCycle next = OpenCycles.newest();

        String home = as(reporter).get("/me").asString();
        assertTrue(PageText.mainText(home).contains("Review cycle " + next.name + " is open"), "the next cycle is open");
        String mine = row(home, process);
        assertTrue(mine.contains("not filed"), "no report yet in the open cycle: " + mine);
        assertTrue(mine.contains("What changed since you reported: Refund form shortened"), mine);
        assertFalse(row(as(colleague).get("/me").asString(), process).contains("What changed since you reported"));
    }
}
