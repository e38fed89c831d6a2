package org.twoway.friction;

import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditEntry;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;

/**
 * HR's process actions of a cycle: recorded for a process, moved forward and never back, frozen in a closed cycle,
 * HR's alone, and silent about who reported pain on the process.
 */
@QuarkusTest
class ProcessActionPagesTest {

    BusinessProcess process;
    ReviewCycle cycle;
    String list;
    Browser hr;

    @BeforeEach
    void company() {
        process = TestData.process();
        cycle = OpenCycles.newest();
        list = "/hr/cycles/" + cycle.id + "/process-actions";
        hr = Browser.hr();
    }

    Map<String, String> plan(String what, String carriedBy, String due) {
        return new HashMap<>(Map.of("process", process.id.toString(), "what", what, "carriedBy", carriedBy, "due", due));
    }

    @Test
    void hrRecordsAnActionForAProcessFromItsLinkAndMovesItForward() {
        assertTrue(hr.get("/hr/processes").asString().contains("href=\"" + list + "?process=" + process.id + "#record\""),
                "the processes' page links the form for each");
        assertTrue(hr.get("/hr/cycles/" + cycle.id).asString().contains("href=\"" + list + "\""), "the hub links the list");
        String form = hr.get(list + "?process=" + process.id).then().statusCode(200).extract().asString();
        assertEquals(process.name, PageText.valueOf(form, "process"));

        long recordedBefore = audited(AuditAction.PROCESS_ACTION_RECORDED);
        long movedBefore = audited(AuditAction.PROCESS_ACTION_MOVED);
        hr.submit(list, plan(" One approval instead of three ", "The finance lead", "2030-06-30"))
                .then().statusCode(303).header("Location", endsWith(list));
        ProcessAction recorded = ActionData.find(onlyActionId());
        assertEquals("One approval instead of three", recorded.what);
        assertEquals("The finance lead", recorded.carriedBy);
        assertEquals(LocalDate.of(2030, 6, 30), recorded.dueOn);
        assertEquals(ActionState.PLANNED, recorded.state);
        String text = PageText.mainText(hr.get(list).asString());
        assertTrue(text.contains(process.name + " One approval instead of three The finance lead 2030-06-30 planned"), text);

        String move = list + "/" + recorded.id + "/state";
        hr.submit(move, Map.of("state", "IN_PROGRESS")).then().statusCode(303);
        assertEquals(ActionState.IN_PROGRESS, ActionData.find(recorded.id).state);
        String back = hr.submit(move, Map.of("state", "PLANNED")).then().statusCode(409).extract().asString();
        assertEquals("This action is in progress; it can only move forward from there.", PageText.errorBy(back, "state"));
        assertEquals(ActionState.IN_PROGRESS, ActionData.find(recorded.id).state);

        hr.submit(move, Map.of("state", "DONE")).then().statusCode(303);
        ProcessAction done = ActionData.find(recorded.id);
        assertEquals(ActionState.DONE, done.state);
        assertTrue(done.doneAt != null && done.startedAt != null);
        String again = hr.submit(move, Map.of("state", "IN_PROGRESS")).then().statusCode(409).extract().asString();
        assertTrue(PageText.mainText(again).contains("This action is done; a done action stays done."), again);
        assertEquals(ActionState.DONE, ActionData.find(recorded.id).state);
        assertFalse(hr.get(list).asString().contains("action=\"" + move + "\""), "a done action has no step left");
        assertEquals(recordedBefore + 1, audited(AuditAction.PROCESS_ACTION_RECORDED));
        assertEquals(movedBefore + 2, audited(AuditAction.PROCESS_ACTION_MOVED), "two steps; the refused ones left no trace");
    }

    @ParameterizedTest
    @CsvSource({"'', Dana, 2030-06-30, what, 'Write down what will change.'",
            "Fewer forms, '  ', 2030-06-30, carriedBy, 'Say who carries it: a name or a role.'",
            "Fewer forms, Dana, '', due, 'Give the date it is due by, from START (the start of CYCLE) to LATEST.'",
            "Fewer forms, Dana, 2020-01-01, due, 'Give the date it is due by, from START (the start of CYCLE) to LATEST.'",
            "Fewer forms, Dana, 30/06/2030, due, 'Enter the date as year-month-day, such as 2026-10-01.'"})
    void badInputComesBackByItsFieldWithTheInputKept(String what, String carriedBy, String due, String field,
            String message) {
        String refused = hr.submit(list, plan(what, carriedBy, due)).then().statusCode(400).extract().asString();
        assertEquals(message.replace("START", cycle.startsOn.toString()).replace("CYCLE", cycle.name)
                .replace("LATEST", cycle.endsOn.plusYears(5).toString()), PageText.errorBy(refused, field));
        assertEquals(what, PageText.valueOf(refused, "what"));
        assertEquals(carriedBy, PageText.valueOf(refused, "carriedBy"));
        assertEquals(due, PageText.valueOf(refused, "due"));
        assertEquals(process.name, PageText.valueOf(refused, "process"));
        assertEquals(0, ActionData.count(process));
    }

    @Test
    void noProcessChosenIsItsFieldsMessage() {
        Map<String, String> form = plan("Fewer forms", "Dana", "2030-06-30");
        form.put("process", "");
        String refused = hr.submit(list, form).then().statusCode(400).extract().asString();
        assertEquals("Choose the process the action is for.", PageText.errorBy(refused, "process"));
        assertEquals(0, ActionData.count(process));
    }

    @Test
    void aClosedCyclesActionsAreShownNotChanged() {
        ReviewCycle closed = TestData.cycle(CycleState.closed);
        ProcessAction frozen = ActionData.action(closed, process, "Shorter forms", ActionState.PLANNED, null);
        String path = "/hr/cycles/" + closed.id + "/process-actions";
        String html = hr.get(path).then().statusCode(200).extract().asString();
        String text = PageText.mainText(html);
        assertTrue(text.contains("Shorter forms") && text.contains("is closed, so its process actions are frozen"), text);
        assertFalse(html.contains("action=\"" + path), "no form to record or move one: " + html);

        String moved = hr.submit(path + "/" + frozen.id + "/state", Map.of("state", "DONE")).then().statusCode(409)
                .extract().asString();
        assertTrue(PageText.mainText(moved).contains("is closed, and its process actions are frozen."), moved);
        assertEquals(ActionState.PLANNED, ActionData.find(frozen.id).state);
        String recorded = hr.submit(path, plan("Another", "Dana", "2030-06-30")).then().statusCode(409).extract().asString();
        assertTrue(PageText.mainText(recorded).contains("is closed: its process actions are frozen."), recorded);
        assertEquals(1, ActionData.count(process));
    }

    @Test
    void anActionIsMovedOnlyThroughItsOwnCycle() {
        ProcessAction action = ActionData.action(cycle, process, "Shorter forms", ActionState.PLANNED, null);
        ReviewCycle other = OpenCycles.newest();
        hr.submit("/hr/cycles/" + other.id + "/process-actions/" + action.id + "/state", Map.of("state", "DONE"))
                .then().statusCode(404);
        assertEquals(ActionState.PLANNED, ActionData.find(action.id).state);
    }

    @Test
    void anEmployeeNeitherReadsNorChangesThem() {
        ProcessAction action = ActionData.action(cycle, process, "Shorter forms", ActionState.PLANNED, null);
        Employee employee = TestData.employeeWithLogin(TestData.team());
        Browser me = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
        me.get(list).then().statusCode(403);
        me.submit(list, plan("Forged", "Me", "2030-06-30")).then().statusCode(403);
        me.submit(list + "/" + action.id + "/state", Map.of("state", "DONE")).then().statusCode(403);
        assertEquals(ActionState.PLANNED, ActionData.find(action.id).state);
        assertEquals(1, ActionData.count(process));
    }

    @Test
    void theActionsPageSaysNothingOfWhoReportedPain() {
        Employee reporter = TestData.employeeWithLogin(TestData.team());
        Browser.signedIn(reporter.email, TestData.EMPLOYEE_PASSWORD)
                .submit("/me/cycles/" + cycle.id + "/pain-reports/" + process.id,
                        PainReportPagesTest.form(Map.of("fix", "Reporter-only-fix-text", "anonymous", "false")))
                .then().statusCode(303);
        ActionData.action(cycle, process, "Shorter forms", ActionState.PLANNED, null);

        String html = hr.get(list).asString();
        assertTrue(html.contains("Shorter forms"));
        assertFalse(html.contains(reporter.name), "no reporter's name");
        assertFalse(html.contains(reporter.email), "no reporter's email");
        assertFalse(html.contains(reporter.team.name), "no reporter's team");
        assertFalse(html.contains("Reporter-only-fix-text"), "no report's text");
    }

    static long audited(AuditAction action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.countOf(action));
    }

    private long onlyActionId() {
        return QuarkusTransaction.requiringNew().call(() ->
                ProcessAction.<ProcessAction>find("process.id", process.id).singleResult().id);
    }
}
