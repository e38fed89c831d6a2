package org.twoway.security;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.customers.ServiceTier;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.effort.EffortEntry;
import org.twoway.friction.ActionData;
import org.twoway.friction.ActionState;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.OpenCycles;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.special.SpecialData;

/**
 * A small company for the security tests: an employee who signs in ("me"), another one, things HR may
 * deactivate or revoke without harming the rest, the newest open cycle with a feedback link and effort, a
 * follow-up, a special situation and a process action, and the values that fill the placeholders of {@link Routes}.
 */
final class World {

    final Team team = TestData.team();
    final Employee me = TestData.employeeWithLogin(team);
    final Employee other = TestData.employeeWithLogin(team);
    final Employee victim = TestData.employee(team);
    final Team victimTeam = TestData.team();
    final ServiceTier tier = TestData.tier(10);
    final ServiceTier victimTier = TestData.tier(5);
    final Customer customer = TestData.customer(tier);
    final Customer victimCustomer = TestData.customer(tier);
    final BusinessProcess process = TestData.process();
    final BusinessProcess victimProcess = TestData.process();
    final ReviewCycle cycle = OpenCycles.newest();
    final ReviewCycle draft = TestData.cycle(CycleState.draft);
    final String token;
    final long link;
    final long victimLink;
    final long myEntry;
    final long othersEntry;
    final long followUp;
    final long situation;
    final long action;

    World() {
        token = issue(customer, me);
        link = linkId(token);
        victimLink = linkId(issue(victimCustomer, other));
        myEntry = effort(me, 7.25);
        othersEntry = effort(other, 3.5);
        followUp = directContact(customer, me);
        situation = SpecialData.promise(cycle, customer, me, "A weekly call for a month", "6").id;
        action = ActionData.action(cycle, process, "One approval instead of three", ActionState.PLANNED, null).id;
    }

    Browser meBrowser() {
        return Browser.signedIn(me.email, TestData.EMPLOYEE_PASSWORD);
    }

    /** A route's template with this world's ids; a handle, upload or job nobody holds stands for HR's own. */
    String path(String template) {
        return template.replace("{team}", team.id.toString()).replace("{victimTeam}", victimTeam.id.toString())
                .replace("{employee}", victim.id.toString()).replace("{tier}", victimTier.id.toString())
                .replace("{customer}", customer.id.toString()).replace("{victimCustomer}", victimCustomer.id.toString())
                .replace("{process}", process.id.toString()).replace("{victimProcess}", victimProcess.id.toString())
                .replace("{cycle}", cycle.id.toString()).replace("{draft}", draft.id.toString())
                .replace("{link}", Long.toString(victimLink)).replace("{entry}", Long.toString(myEntry))
                .replace("{token}", token).replace("{handle}", "nobodys-handle").replace("{upload}", "nobodys-upload")
                .replace("{job}", "nobodys-job").replace("{followUp}", Long.toString(followUp))
                .replace("{situation}", Long.toString(situation)).replace("{action}", Long.toString(action))
                .replace("{specialSituation}", Long.toString(situation)).replace("{processAction}", Long.toString(action));
    }

    static io.restassured.specification.RequestSpecification hrApi() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    private String issue(Customer to, Employee by) {
        Map<String, Object> body = new HashMap<>();
        body.put("customer", to.ref);
        body.put("employee", by.email);
        String url = hrApi().body(body).post("/api/v1/cycles/" + cycle.id + "/links").then().statusCode(201)
                .extract().path("url");
        return URI.create(url).getPath().substring("/f/".length());
    }

    /** A follow-up of the open cycle that "me" owns, as HR records a customer who came directly. */
    private long directContact(Customer about, Employee owner) {
        return hrApi().body(Map.of("customer", about.ref, "about", "Came to HR", "via", "PHONE", "owner", owner.email))
                .post("/api/v1/cycles/" + cycle.id + "/direct-contacts").then().statusCode(201)
                .extract().<Integer>path("id").longValue();
    }

    private long linkId(String token) {
        return QuarkusTransaction.requiringNew().call(() -> org.twoway.feedback.FeedbackLink
                .findByTokenHash(org.twoway.system.Tokens.sha256(token)).orElseThrow().id);
    }

    private long effort(Employee who, double hours) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EffortEntry entry = new EffortEntry();
            entry.cycle = ReviewCycle.findById(cycle.id);
            entry.employee = Employee.findById(who.id);
            entry.customer = Customer.findById(customer.id);
            entry.hours = BigDecimal.valueOf(hours);
            entry.persist();
            return entry.id;
        });
    }

    /**
     * Everything a request could change, table by table: row counts and checksums of the columns people
     * change. A feedback link's sending state is left out, since the mailer changes it in the background.
     */
    static List<String> fingerprint() {
        List<String> queries = List.of(
                "SELECT 'team', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, name, active))) FROM team",
                "SELECT 'employee', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, email, name, team_id, active))) FROM employee",
                "SELECT 'account', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, email, password_hash, role, active))) FROM user_account",
                "SELECT 'tier', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, name, entitled_hours, description, active))) FROM service_tier",
                "SELECT 'customer', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, ref, name, email, tier_id, active))) FROM customer",
                "SELECT 'process', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, name, description, active))) FROM business_process",
                "SELECT 'cycle', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, name, state, starts_on, ends_on))) FROM review_cycle",
                "SELECT 'link', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, used_at, revoked_at))) FROM feedback_link",
                "SELECT 'rating', COUNT(*), 0 FROM customer_rating",
                "SELECT 'effort', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, customer_id, hours))) FROM effort_entry",
                "SELECT 'pain', COUNT(*), SUM(CRC32(CONCAT_WS('|', report_key, fix, hours_lost_per_week))) FROM pain_report",
                "SELECT 'follow-up', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, owner_id, contacted_at, closed_at, outcome, agreed)))"
                        + " FROM follow_up",
                "SELECT 'special', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, what, estimated_hours, promised_by, follow_up_id,"
                        + " decision, reason))) FROM special_situation",
                "SELECT 'action', COUNT(*), SUM(CRC32(CONCAT_WS('|', id, process_id, what, carried_by, due_on, state)))"
                        + " FROM process_action");
        List<String> result = new ArrayList<>();
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String query : queries) {
                try (ResultSet row = statement.executeQuery(query)) {
                    row.next();
                    result.add(row.getString(1) + " " + row.getLong(2) + " " + row.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }
}
