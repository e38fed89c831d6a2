package org.twoway.feedback;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.customers.ServiceTier;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.people.UserAccount;
import org.twoway.system.Role;
import org.twoway.system.Tokens;

@QuarkusTest
class IssuingLinksTest {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+/f/([A-Za-z0-9_-]{43})");

    private final Team team = TestData.team();
    private final ServiceTier tier = TestData.tier(10);

    @Test
    void issuedLinkIsShownOnceAndIssuingAgainMakesAnotherLink() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        Employee employee = TestData.employee(team);
        BusinessProcess process = TestData.process();
        Browser hr = Browser.hr();

        Response issued = hr.submit(links(cycle), Map.of("customer", customer.ref, "employee", employee.email, "process", process.name));
        assertEquals(303, issued.statusCode());
        String fresh = URI.create(issued.header("Location")).getPath();
        String page = hr.get(fresh).then().statusCode(200)
                .body(containsString("Shown only this once"))
                .body(containsString("Link issued for " + customer.name + " and " + employee.name + "."))
                .body(containsString(process.name))
                .extract().asString();
        List<String> tokens = tokens(page);
        assertEquals(1, tokens.size());
        Browser.anonymous().get("/f/" + tokens.get(0)).then().statusCode(200).body(containsString(employee.name));

        hr.get(fresh).then().statusCode(410).body(containsString("These links were already shown"))
                .body(not(containsString(tokens.get(0))));
        hr.get(links(cycle)).then().statusCode(200).body(containsString(customer.name)).body(not(containsString(tokens.get(0))));

        String again = tokens(hr.get(URI.create(hr.submit(links(cycle), Map.of("customer", customer.ref,
                "employee", employee.email, "process", process.name)).header("Location")).getPath()).asString()).get(0);
        assertNotEquals(tokens.get(0), again);
        assertEquals(2, linksOf(cycle, customer, employee));
    }

    @Test
    void freshLinksAreOnlyForTheHrUserWhoIssuedThem() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        Employee employee = TestData.employee(team);
        Browser hr = Browser.hr();
        String fresh = hr.submit(links(cycle), Map.of("customer", customer.ref, "employee", employee.email)).header("Location");

        String otherHr = TestData.unique("hr").toLowerCase() + "@test.example";
        QuarkusTransaction.requiringNew().run(() -> UserAccount.create(otherHr, "other-hr-password", Role.HR, null));

        Browser.signedIn(otherHr, "other-hr-password").get(URI.create(fresh).getPath()).then().statusCode(410);
        hr.get(URI.create(fresh).getPath()).then().statusCode(200).body(containsString(customer.name));
    }

    @Test
    void issuingFormRefusesMissingAndUnknownChoicesByTheField() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        Browser hr = Browser.hr();

        hr.submit(links(cycle), Map.of("customer", "", "employee", "")).then().statusCode(400)
                .body(containsString("Choose the customer."))
                .body(containsString("Choose the employee."));
        hr.submit(links(cycle), Map.of("customer", customer.ref, "employee", "nobody@test.example")).then().statusCode(400)
                .body(containsString("There is no employee with the email “nobody@test.example”."))
                .body(containsString("value=\"" + customer.ref + "\" selected"));
        hr.submit(links(cycle) + "/bulk", Map.of("minHours", "lots")).then().statusCode(400)
                .body(containsString("Enter hours as a number such as 0 or 2.5"));
        assertEquals(0, linksIn(cycle));
    }

    @Test
    void bulkIssuesForPairsAboveTheThresholdAndSkipsPairsHoldingAnUnansweredLink() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Employee ann = TestData.employee(team);
        Employee bob = TestData.employee(team);
        Customer big = TestData.customer(tier);
        Customer small = TestData.customer(tier);
        Customer held = TestData.customer(tier);
        Fixtures.effort(cycle, ann, big, 6);
        Fixtures.effort(cycle, ann, big, 4);
        Fixtures.effort(cycle, ann, small, 2);
        Fixtures.effort(cycle, bob, held, 8);
        Fixtures.effort(cycle, bob, big, 5);
        Fixtures.issue(cycle, held, bob, null);
        Browser hr = Browser.hr();

        Response bulk = hr.submit(links(cycle) + "/bulk", Map.of("minHours", "4", "process", ""));
        assertEquals(303, bulk.statusCode());
        String page = hr.get(URI.create(bulk.header("Location")).getPath()).then().statusCode(200)
                .body(containsString("Issued 2 links. Skipped 1 pair that already hold an unanswered link without a process."))
                .extract().asString();
        assertEquals(2, tokens(page).size());
        assertFalse(page.contains(small.name), "2 hours are not more than 4");
        assertEquals(1, linksOf(cycle, big, ann));
        assertEquals(1, linksOf(cycle, big, bob));
        assertEquals(1, linksOf(cycle, held, bob));
        assertEquals(0, linksOf(cycle, small, ann));

        hr.submit(links(cycle) + "/bulk", Map.of("minHours", "4")).then().statusCode(303)
                .header("Location", endsWith(links(cycle)));
        hr.get(links(cycle)).then().body(containsString("No links issued: no other pair has more than 4 hours of effort"
                + " in this cycle. Skipped 3 pairs that already hold an unanswered link without a process."));

        BusinessProcess process = TestData.process();
        String withProcess = hr.get(URI.create(hr.submit(links(cycle) + "/bulk",
                Map.of("minHours", "4", "process", process.name)).header("Location")).getPath()).asString();
        assertEquals(3, tokens(withProcess).size(), "links without a process do not count for a process");
    }

    @Test
    void bulkIssuesAgainForAPairWhoseLinkWasAnswered() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Employee employee = TestData.employee(team);
        Customer customer = TestData.customer(tier);
        Fixtures.effort(cycle, employee, customer, 3);
        String answered = Fixtures.issue(cycle, customer, employee, null);
        Fixtures.answer(Browser.anonymous(), answered, Fixtures.answers()).then().statusCode(200);

        Browser hr = Browser.hr();
        hr.get(URI.create(hr.submit(links(cycle) + "/bulk", Map.of("minHours", "0")).header("Location")).getPath())
                .then().statusCode(200).body(containsString("Issued 1 link."));
        assertEquals(2, linksOf(cycle, customer, employee));
    }

    @Test
    void csvOfFreshLinksCanBeDownloadedOnce() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Employee employee = TestData.employee(team);
        Customer customer = TestData.customer(tier);
        BusinessProcess process = TestData.process();
        Fixtures.effort(cycle, employee, customer, 12.5);
        Browser hr = Browser.hr();
        String fresh = URI.create(hr.submit(links(cycle) + "/bulk", Map.of("minHours", "10", "process", process.name))
                .header("Location")).getPath();
        String token = tokens(hr.get(fresh).asString()).get(0);

        Response csv = hr.get(fresh + "/csv");
        csv.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"feedback-links-cycle-" + cycle.id + ".csv\""));
        String[] lines = csv.asString().replace("\uFEFF", "").split("\r\n");
        assertEquals("customer,email,employee,process,url,expiry", lines[0]);
        assertEquals(2, lines.length);
        String expiry = cycle.endsOn.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().toString();
        assertEquals(String.join(",", customer.name, customer.email, employee.name, process.name,
                "http://localhost:8080/f/" + token, expiry), lines[1]);

        hr.get(fresh + "/csv").then().statusCode(410).body(not(containsString(token)));
    }

    @Test
    void freshLinksWaitInTheDatabaseEncrypted() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        Employee employee = TestData.employee(team);
        Browser hr = Browser.hr();
        String fresh = URI.create(hr.submit(links(cycle), Map.of("customer", customer.ref, "employee", employee.email))
                .header("Location")).getPath();
        String handle = fresh.substring(fresh.lastIndexOf('/') + 1);

        List<?> stored = QuarkusTransaction.requiringNew().call(() -> FeedbackLink.getEntityManager()
                .createNativeQuery("SELECT payload FROM fresh_link_batch WHERE handle_hash = ?1")
                .setParameter(1, Tokens.sha256(handle)).getResultList());
        assertEquals(1, stored.size(), "the batch is kept under the handle's SHA-256, not the handle");
        String token = tokens(hr.get(fresh).then().statusCode(200).extract().asString()).get(0);
        String payload = new String((byte[]) stored.get(0), StandardCharsets.ISO_8859_1);
        assertFalse(payload.contains(token), "no plain token rests in the database");
        assertFalse(payload.contains(customer.email));

        QuarkusTransaction.requiringNew().run(() -> FeedbackLink.getEntityManager()
                .createNativeQuery("UPDATE fresh_link_batch SET expires_at = NOW(3) WHERE handle_hash = ?1")
                .setParameter(1, Tokens.sha256(handle)).executeUpdate());
        hr.get(fresh + "/csv").then().statusCode(410).body(not(containsString(token)));
    }

    @Test
    void tokensAreStoredOnlyAsTheirSha256() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        String path = Fixtures.issue(cycle, TestData.customer(tier), TestData.employee(team), null);
        String token = path.substring("/f/".length());
        assertTrue(token.length() >= 22, "at least 128 bits");

        long withHash = QuarkusTransaction.requiringNew().call(() -> ((Number) FeedbackLink.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM feedback_link WHERE token_hash = ?1")
                .setParameter(1, Tokens.sha256(token)).getSingleResult()).longValue());
        long withToken = QuarkusTransaction.requiringNew().call(() -> ((Number) FeedbackLink.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM feedback_link l LEFT JOIN feedback_link_token t ON t.link_id = l.id"
                        + " WHERE CONCAT_WS('|', l.token_hash, l.send_error, t.token_hash) LIKE ?1")
                .setParameter(1, "%" + token + "%").getSingleResult()).longValue());
        assertEquals(1, withHash);
        assertEquals(0, withToken);
    }

    @Test
    void revokedLinkLeadsNowhereAndReplacingItShowsTheNewOne() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        Employee employee = TestData.employee(team);
        String first = Fixtures.issue(cycle, customer, employee, null);
        String second = Fixtures.issue(cycle, customer, employee, null);
        Browser hr = Browser.hr();

        hr.submit(links(cycle) + "/" + Fixtures.link(first).id + "/revoke", Map.of()).then().statusCode(303);
        hr.get(links(cycle)).then().body(containsString("revoked: it leads nowhere now."))
                .body(containsString("<dt>Revoked</dt><dd class=\"big\">1</dd>"));
        Browser.anonymous().get(first).then().statusCode(404);

        Response replaced = hr.submit(links(cycle) + "/" + Fixtures.link(second).id + "/reissue", Map.of());
        String replacement = tokens(hr.get(URI.create(replaced.header("Location")).getPath()).then().statusCode(200)
                .body(containsString("The old link is revoked; here is its replacement.")).extract().asString()).get(0);
        Browser.anonymous().get(second).then().statusCode(404);
        Browser.anonymous().get("/f/" + replacement).then().statusCode(200);
        assertEquals(3, linksOf(cycle, customer, employee));
    }

    @Test
    void answeredLinkCannotBeRevokedAndKeepsItsAnswers() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        String path = Fixtures.issue(cycle, TestData.customer(tier), TestData.employee(team), null);
        Fixtures.answer(Browser.anonymous(), path, Fixtures.answers()).then().statusCode(200);
        Browser hr = Browser.hr();

        hr.submit(links(cycle) + "/" + Fixtures.link(path).id + "/revoke", Map.of()).then().statusCode(303);
        hr.get(links(cycle)).then().body(containsString("This link was already answered; its answers are kept."));
        assertEquals(null, Fixtures.link(path).revokedAt);
        Browser.anonymous().get(path).then().statusCode(410);
    }

    @Test
    void closedCycleListsItsLinksButIssuesAndSendsNoMore() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        Employee employee = TestData.employee(team);
        Fixtures.issue(cycle, customer, employee, null);
        Fixtures.setCycleState(cycle, "closed");
        Browser hr = Browser.hr();

        hr.get(links(cycle)).then().statusCode(200)
                .body(containsString("This cycle is closed: links are issued and sent only while a cycle is open,"
                        + " and its links no longer work."))
                .body(containsString("<span class=\"badge muted\">expired</span>"))
                .body(not(containsString("Issue a link")));
        hr.submit(links(cycle), Map.of("customer", customer.ref, "employee", employee.email)).then().statusCode(409);
        hr.submit(links(cycle) + "/send", Map.of()).then().statusCode(303);
        hr.get(links(cycle)).then().body(containsString("links are issued and sent only while a cycle is open."));
        assertEquals(1, linksIn(cycle));
        assertEquals(SendState.unsent, QuarkusTransaction.requiringNew().call(() ->
                FeedbackLink.<FeedbackLink>find("cycle.id", cycle.id).singleResult().sendState));
    }

    @Test
    void apiIssuesALinkWithItsUrlAndExpiry() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        Employee employee = TestData.employee(team);
        BusinessProcess process = TestData.process();

        Fixtures.api().body(Map.of("customer", customer.ref, "employee", employee.email.toUpperCase(), "process", process.name))
                .post("/api/v1/cycles/" + cycle.id + "/links")
                .then().statusCode(201)
                .body("url", startsWith("http://localhost:8080/f/"))
                .body("expiresAt", equalTo(cycle.endsOn.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().toString()));
        FeedbackLink link = QuarkusTransaction.requiringNew().call(() -> FeedbackLink.<FeedbackLink>find(
                "from FeedbackLink l join fetch l.process where l.cycle.id = ?1", cycle.id).singleResult());
        assertEquals(process.name, link.process.name);
    }

    @Test
    void apiRefusesUnknownCustomerEmployeeAndProcessByTheField() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        Employee employee = TestData.employee(team);
        String path = "/api/v1/cycles/" + cycle.id + "/links";

        Fixtures.api().body(Map.of("customer", "NO-SUCH-REF", "employee", employee.email)).post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("customer"));
        Fixtures.api().body(Map.of("customer", customer.ref, "employee", "nobody@test.example")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("employee"));
        Fixtures.api().body(Map.of("customer", customer.ref, "employee", employee.email, "process", "No such process")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("process"));
        Fixtures.api().body(Map.of("employee", employee.email)).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("customer"));
        assertEquals(0, linksIn(cycle));
    }

    @Test
    void apiAnswers404ForAnUnknownCycleAnd409ForOneNotOpen() {
        Customer customer = TestData.customer(tier);
        Employee employee = TestData.employee(team);
        Map<String, String> body = Map.of("customer", customer.ref, "employee", employee.email);

        Fixtures.api().body(body).post("/api/v1/cycles/999999999/links").then().statusCode(404);
        for (CycleState state : List.of(CycleState.draft, CycleState.closed)) {
            ReviewCycle cycle = TestData.cycle(state);
            Fixtures.api().body(body).post("/api/v1/cycles/" + cycle.id + "/links")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("is " + state));
            assertEquals(0, linksIn(cycle));
        }
    }

    @Test
    void employeesCannotIssueLinks() {
        Employee employee = TestData.employeeWithLogin(team);
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        io.restassured.RestAssured.given().auth().preemptive().basic(employee.email, TestData.EMPLOYEE_PASSWORD)
                .contentType("application/json")
                .body(Map.of("customer", TestData.customer(tier).ref, "employee", employee.email))
                .post("/api/v1/cycles/" + cycle.id + "/links").then().statusCode(403);
        Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD).get(links(cycle)).then().statusCode(403);
    }

    private static String links(ReviewCycle cycle) {
        return "/hr/cycles/" + cycle.id + "/links";
    }

    static List<String> tokens(String page) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = URL.matcher(page);
        while (matcher.find()) {
            tokens.add(matcher.group(1));
        }
        return tokens;
    }

    private static long linksOf(ReviewCycle cycle, Customer customer, Employee employee) {
        return QuarkusTransaction.requiringNew().call(() -> FeedbackLink.count(
                "cycle.id = ?1 and customer.id = ?2 and employee.id = ?3", cycle.id, customer.id, employee.id));
    }

    private static long linksIn(ReviewCycle cycle) {
        return QuarkusTransaction.requiringNew().call(() -> FeedbackLink.countForCycle(cycle.id));
    }
}
