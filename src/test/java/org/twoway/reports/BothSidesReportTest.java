package org.twoway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.reports.ReportTableText.row;
import static org.twoway.reports.ReportTableText.rows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.Cycles;
import org.twoway.cycles.ReviewCycle;
import org.twoway.effort.EffortEntry;
import org.twoway.friction.ActionState;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.PainReportInput;
import org.twoway.friction.PainReports;
import org.twoway.friction.ProcessAction;
import org.twoway.friction.ProcessActions;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.people.UserAccount;
import org.twoway.special.Decision;
import org.twoway.special.SpecialSituation;
import org.twoway.special.SpecialSituations;
import org.twoway.system.Refusal;

/**
 * Three cycles of 2043, far from every other test's, worked by hand. Team X's three members report pain on processes
 * P and Q: in January each report's friction sums to 16 (mean 3.2, EX = 1 - 2.2 / 4 = 0.45), in February to 17 (mean
 * 3.4, EX 0.4); March is open and shows February's figures. HR answered Q with an action in February and P with none.
 * Customer C (tier of 10 h) was promised 1 thing in January; in February 3 that count (2 by Ann, 1 by HR; 3 + 2.5 + 1.5
 * = 7 h) and one declined, while Ann served it 13 h (more than 10 x 1.25 = 12.5: over-served); in March 1 (4 h).
 */
@QuarkusTest
class BothSidesReportTest {

    @Inject
    PainReports pain;

    @Inject
    Cycles cycles;

    @Inject
    ProcessActions actions;

    @Inject
    SpecialSituations situations;

    private final Team x = TestData.team();
    private final List<Employee> members = List.of(TestData.employee(x), TestData.employee(x), TestData.employee(x));
    private final Employee ann = members.get(0);
    private final BusinessProcess p = TestData.process();
    private final BusinessProcess q = TestData.process();
    private final Customer c = TestData.customer(TestData.tier(10));

    @Test
    void specialSituationsAndUnansweredPainAreCountedFlaggedAndShownAsWorkedByHand() {
        ReviewCycle january = cycle(LocalDate.of(2043, 1, 1), LocalDate.of(2043, 1, 31));
        members.forEach(e -> file(e, january, 4));
        promise(january, ann, "A second site visit", "2", Decision.APPROVED);
        cycles.close(january.id);

        ReviewCycle february = cycle(LocalDate.of(2043, 2, 1), LocalDate.of(2043, 2, 28));
        members.forEach(e -> file(e, february, 5));
        act(february, q, "Fewer approval steps");
        long waiting = promise(february, ann, "Weekend support", "2.5", null);
        promise(february, ann, "A dedicated line", "3", Decision.APPROVED);
        promise(february, null, "Free training", "1.5", null);
        promise(february, ann, "A second engineer", "10", Decision.DECLINED);
        hours(february, ann, 13);
        cycles.close(february.id);

        ReviewCycle march = cycle(LocalDate.of(2043, 3, 1), LocalDate.of(2043, 3, 31));
        try {
            promise(march, ann, "Priority queue", "4", null);

            // March is open: P's EX is February's 0.4 (< 0.6), unanswered in March and February, and January's 0.45
            // was below too: high, margin (0.6 - 0.4) / 0.6. Q was answered in February.
            JsonPath open = report(march);
            Map<String, Object> painP = flag(open, "PAIN_UNANSWERED", p.name);
            assertEquals("high", painP.get("severity"));
            assertEquals(0.4, number(evidence(painP), "ex"), 1e-9);
            assertEquals(0.45, number(evidence(painP), "previousEx"), 1e-9);
            assertEquals(0, ((Number) evidence(painP).get("actions")).intValue());
            assertTrue(((String) painP.get("message")).contains("(EX 0.4 as of " + february.name + ", below 0.6; 0.45 in "
                    + january.name + " before it)"), (String) painP.get("message"));
            assertNull(flag(open, "PAIN_UNANSWERED", q.name), "Q was answered in the cycle its EX comes from");
            // C: 1 in March (4 h), not more than February's 3
            Map<String, Object> inMarch = customer(open);
            assertEquals(1, ((Number) inMarch.get("specialCount")).intValue());
            assertEquals(4.0, number(inMarch, "specialHours"), 1e-9);
            assertNull(flag(open, "SPECIAL_SITUATIONS_GROWING", c.ref));

            // An action on P in March answers it there
            act(march, p, "Pre-filled forms");
            promise(march, ann, "Evening calls", "1", null);
            JsonPath answered = report(march);
            assertNull(flag(answered, "PAIN_UNANSWERED", p.name));
            assertEquals(2, ((Number) customer(answered).get("specialCount")).intValue());
            assertNull(flag(answered, "SPECIAL_SITUATIONS_GROWING", c.ref), "2 is not more than February's 3");

            // February, closed, first reported only now: March's action and promises change nothing of it.
            // P: its own 0.4 after January's 0.45, high. C: 3 (7 h) > January's 1, margin (3 - 1) / 1 = 2, and
            // over-served, so high; promised by Ann twice, then HR.
            JsonPath closed = report(february);
            assertEquals("high", flag(closed, "PAIN_UNANSWERED", p.name).get("severity"));
            assertEquals(0.4, number(evidence(flag(closed, "PAIN_UNANSWERED", p.name)), "ex"), 1e-9);
            assertNull(flag(closed, "PAIN_UNANSWERED", q.name));
            Map<String, Object> inFebruary = customer(closed);
            assertEquals(3, ((Number) inFebruary.get("specialCount")).intValue());
            assertEquals(7.0, number(inFebruary, "specialHours"), 1e-9);
            assertEquals(Set.of("OVER_SERVED_CLIENT", "SPECIAL_SITUATIONS_GROWING"), Set.copyOf((List<?>) inFebruary.get("flags")));
            Map<String, Object> growing = flag(closed, "SPECIAL_SITUATIONS_GROWING", c.ref);
            assertEquals("high", growing.get("severity"));
            assertEquals(List.of("count", "previousCount", "hours", "promisedBy"), List.copyOf(evidence(growing).keySet()));
            assertEquals(3, ((Number) evidence(growing).get("count")).intValue());
            assertEquals(1, ((Number) evidence(growing).get("previousCount")).intValue());
            assertEquals(7.0, number(evidence(growing), "hours"), 1e-9);
            assertEquals(List.of(ann.name, "HR"), evidence(growing).get("promisedBy"));
            assertEquals(c.name + ", already served beyond its entitlement, was promised 3 special situations beyond its "
                    + tierName() + " tier (7 h estimated), up from 1 in the cycle before: write them into a tier, or stop them.",
                    growing.get("message"));

            // ... and it stays so: nothing goes into a closed cycle
            String before = json(february);
            assertEquals(409, assertThrows(Refusal.class, () -> situations.decide(waiting, Decision.DECLINED, "Too late"))
                    .kind.status);
            assertEquals(409, assertThrows(Refusal.class, () -> actions.record(february.id,
                    new ProcessActions.Plan(p.id, "Too late", "HR", LocalDate.of(2043, 2, 27)))).kind.status);
            assertEquals(before, json(february));

            pages(january, february, march);
        } finally {
            cycles.close(march.id);
        }
    }

    /** The dashboard's customers table and its CSV, the customer page, the process pages. */
    private void pages(ReviewCycle january, ReviewCycle february, ReviewCycle march) {
        Browser hr = Browser.hr();
        String base = "/hr/cycles/" + february.id;
        String dashboard = page(hr, base + "/report?all=customers");
        Map<String, String> line = row(dashboard, "customers", c.name + " (" + c.ref + ")");
        assertEquals("13", line.get("Hours received"));
        assertEquals("3", line.get("Special situations"));
        assertEquals("7", line.get("Special hours"));
        assertEquals("Over-served client, Special situations growing", line.get("Flags"));
        String csv = hr.get(base + "/report?csv=customers").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("Customer,Tier,Hours received,Entitled,Responses,Flags,Special situations,Special hours\r\n"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(c.name + " (" + c.ref + "),") && l.endsWith(",3,7.0")), csv);

        String customerPage = page(hr, base + "/customers/" + c.id);
        String text = PageText.mainText(customerPage);
        assertTrue(text.contains("What the " + tierName() + " tier says in writing Test tier"), text);
        assertTrue(text.contains("Beyond the tier: 3 special situations, 7 h estimated (declined ones not counted)."), text);
        List<Map<String, String>> promised = rows(customerPage, "special");
        assertEquals(List.of("Weekend support", "A dedicated line", "Free training", "A second engineer"),
                promised.stream().map(r -> r.get("What was promised")).toList());
        assertEquals(Map.of("What was promised", "Weekend support", "Estimated hours", "2.5", "Promised by", ann.name,
                "HR’s decision", "waiting for HR’s decision", "Reason", ""), promised.get(0));
        assertEquals("HR", promised.get(2).get("Promised by"));
        assertEquals("declined", promised.get(3).get("HR’s decision"));
        assertEquals("Because: A second engineer", promised.get(3).get("Reason"));

        // Q's action in February: EX before as January published it, after as February did
        String qPage = page(hr, base + "/processes/" + q.id);
        assertEquals(Map.of("Cycle", february.name, "What will change", "Fewer approval steps", "Carried by", "Head of team X",
                "Due", "2043-02-20", "State", "planned", "EX before", "0.45 (" + january.name + ")",
                "EX after", "0.40 (" + february.name + ")"), row(qPage, "actions", february.name));
        // P's action in March: after is not published until March closes; February's page does not show it
        String marchPage = page(hr, "/hr/cycles/" + march.id + "/processes/" + p.id);
        Map<String, String> inMarch = row(marchPage, "actions", march.name);
        assertTrue(marchPage.contains("href=\"/hr/cycles/" + march.id + "/process-actions?process=" + p.id + "#record\">Record an action on "
                + p.name + "</a>"), "the open cycle's process page leads to recording an action on it");
        assertEquals("0.40 (" + february.name + ")", inMarch.get("EX before"));
        assertEquals("not published yet", inMarch.get("EX after"));
        String pPage = page(hr, base + "/processes/" + p.id);
        assertTrue(rows(pPage, "actions").isEmpty(), "an action of a later cycle is not on a closed cycle's page");
        assertFalse(pPage.contains("Record an action"), "a closed cycle takes no actions");
        for (Employee member : members) {
            assertFalse(PageText.mainText(qPage).contains(member.name), "a process page names no reporter");
        }
    }

    private static String page(Browser hr, String path) {
        return hr.get(path).then().statusCode(200).extract().asString();
    }

    private String tierName() {
        return QuarkusTransaction.requiringNew().call(() -> Customer.<Customer>findById(c.id).tier.name);
    }

    private Map<String, Object> customer(JsonPath report) {
        return report.getMap("customers.find { it.ref == '" + c.ref + "' }");
    }

    private static Map<String, Object> flag(JsonPath report, String code, String subject) {
        return report.getMap("flags.find { it.code == '" + code + "' && it.subject == '" + subject + "' }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> evidence(Map<String, Object> flag) {
        return (Map<String, Object>) flag.get("evidence");
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static JsonPath report(ReviewCycle cycle) {
        return ReportCompany.hr().get("/api/v1/cycles/" + cycle.id + "/report").then().statusCode(200).extract().jsonPath()
                .using(ReportCompany.DOUBLES);
    }

    private static String json(ReviewCycle cycle) {
        return ReportCompany.hr().get("/api/v1/cycles/" + cycle.id + "/report").then().statusCode(200).extract().asString();
    }

    /** A report whose friction ratings are {@code timeWasted} and four 3s, on P and on Q. */
    private void file(Employee employee, ReviewCycle cycle, int timeWasted) {
        for (BusinessProcess process : List.of(p, q)) {
            pain.file(employee.id, cycle.id, new PainReportInput(process.name, timeWasted, 3, 3, 3, 3, BigDecimal.ONE, null,
                    true));
        }
    }

    /** A special situation for C, promised by the employee given or HR (null), decided with "Because: what" or waiting. */
    private long promise(ReviewCycle cycle, Employee promiser, String what, String hours, Decision decision) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SpecialSituation situation = new SpecialSituation();
            situation.cycle = ReviewCycle.findById(cycle.id);
            situation.customer = Customer.findById(c.id);
            situation.what = what;
            situation.hours = new BigDecimal(hours);
            situation.promisedBy = promiser == null ? null : Employee.findById(promiser.id);
            situation.recordedBy = hrAccount();
            situation.recordedAt = Instant.now();
            if (decision != null) {
                situation.decision = decision;
                situation.reason = "Because: " + what;
                situation.decidedBy = hrAccount();
                situation.decidedAt = Instant.now();
            }
            situation.persist();
            return situation.id;
        });
    }

    private void act(ReviewCycle cycle, BusinessProcess process, String what) {
        QuarkusTransaction.requiringNew().run(() -> {
            ProcessAction action = new ProcessAction();
            action.cycle = ReviewCycle.findById(cycle.id);
            action.process = BusinessProcess.findById(process.id);
            action.what = what;
            action.carriedBy = "Head of team X";
            action.dueOn = cycle.startsOn.plusDays(19);
            action.state = ActionState.PLANNED;
            action.recordedBy = hrAccount();
            action.recordedAt = Instant.now();
            action.persist();
        });
    }

    private void hours(ReviewCycle cycle, Employee employee, double hours) {
        QuarkusTransaction.requiringNew().run(() -> {
            EffortEntry entry = new EffortEntry();
            entry.cycle = ReviewCycle.findById(cycle.id);
            entry.employee = Employee.findById(employee.id);
            entry.customer = Customer.findById(c.id);
            entry.hours = BigDecimal.valueOf(hours);
            entry.createdAt = Instant.now();
            entry.persist();
        });
    }

    private static UserAccount hrAccount() {
        return UserAccount.findByEmail(Browser.HR_EMAIL).orElseThrow();
    }

    /** An open cycle on the given dates. */
    private static ReviewCycle cycle(LocalDate startsOn, LocalDate endsOn) {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewCycle stored = ReviewCycle.findById(cycle.id);
            stored.startsOn = startsOn;
            stored.endsOn = endsOn;
        });
        return QuarkusTransaction.requiringNew().call(() -> ReviewCycle.findById(cycle.id));
    }
}
