package org.twoway.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;

/**
 * A small company built through the API and the customer form, and its report checked field by field
 * against numbers worked out by hand from scoring.md (defaults: m = 3, minResponses 3,
 * minGroupResponses 5, tolerance 0.25, minHours 10, shares 0.5 / 0.8, loyaltyGap 0.25, bypass 0.3).
 */
@QuarkusTest
class ReportApiTest {

    private static final double EPS = 1e-9;

    @Inject
    AgroalDataSource dataSource;
    private static final JsonPathConfig DOUBLES =
            JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    private final String team = TestData.unique("Report team");
    private final String tier = TestData.unique("Report tier");
    private final String process = TestData.unique("Report process");
    private final String c1 = TestData.unique("RC1");
    private final String c2 = TestData.unique("RC2");
    private final String a = TestData.unique("ann").toLowerCase() + "@report.example";
    private final String b = TestData.unique("ben").toLowerCase() + "@report.example";

    @Test
    void reportOfASmallCompanyMatchesTheWrittenRulesByHand() {
        long cycle = buildCompany();

        // Effort: Ann 12 h on C1, Ben 1 h on C1. H(C1) = 13 > 10 * 1.25 = 12.5: over-served, a warning
        // (13 < 2 * 10), ratio 1.3. H(Ann) = 12 >= 10 and all of it on over-served C1: concentration, high.
        hr().body(List.of(effort(a, c1, 12), effort(b, c1, 1))).post("/api/v1/cycles/" + cycle + "/effort")
                .then().statusCode(200).body("accepted", equalTo(2));

        // Answers (q1..q3, q4, q5) and s = (q1 + q2 + q3) / 3:
        //   C1 about Ann, naming the process: 5 5 5, 2, PERSON   s = 5
        //   C1 about Ann:                     4 4 4, 3, ESCALATE s = 4
        //   C2 about Ann:                     3 3 3, 3, CHANNEL  s = 3
        //   C2 about Ben:                     2 2 2, 2, ESCALATE s = 2
        //   C2 about Ben:                     4 4 4, 4, PERSON   s = 4
        // and one link to Ben that is never answered.
        answer(link(cycle, c1, a, process), 5, 2, "PERSON");
        answer(link(cycle, c1, a, null), 4, 3, "ESCALATE");
        answer(link(cycle, c2, a, null), 3, 3, "CHANNEL");
        answer(link(cycle, c2, b, null), 2, 2, "ESCALATE");
        answer(link(cycle, c2, b, null), 4, 4, "PERSON");
        link(cycle, c2, b, null);

        JsonPath report = hr().get("/api/v1/cycles/" + cycle + "/report").then().statusCode(200)
                .contentType("application/json").extract().jsonPath().using(DOUBLES);

        // 6 links, 5 answered: rate 5 / 6. mu = (5 + 4 + 3 + 2 + 4) / 5 = 3.6.
        assertEquals(6, report.getInt("linksIssued"));
        assertEquals(5, report.getInt("responses"));
        assertEquals(5.0 / 6, report.getDouble("responseRate"), EPS);
        assertEquals("open", report.getString("cycle.state"));

        // Ann: n = 3, raw mean 12 / 3 = 4.0, S = (3 * 3.6 + 12) / (3 + 3) = 22.8 / 6 = 3.8.
        Map<String, Object> ann = one(report, "employees", "email", a);
        assertEquals(3, ann.get("responses"));
        assertEquals(4.0, ((Number) ann.get("rawMean")).doubleValue(), EPS);
        assertEquals(3.8, ((Number) ann.get("score")).doubleValue(), EPS);
        assertEquals(12.0, ((Number) ann.get("hours")).doubleValue(), EPS);
        assertEquals(List.of("CLIENT_CONCENTRATION"), ann.get("flags"));
        assertEquals(team, ann.get("team"));
        // Ben: n = 2 < 3, so no score; raw mean (2 + 4) / 2 = 3.0.
        Map<String, Object> ben = one(report, "employees", "email", b);
        assertEquals(2, ben.get("responses"));
        assertEquals(3.0, ((Number) ben.get("rawMean")).doubleValue(), EPS);
        assertEquals(null, ben.get("score"));

        Map<String, Object> first = one(report, "customers", "ref", c1);
        assertEquals(13.0, ((Number) first.get("hours")).doubleValue(), EPS);
        assertEquals(10.0, ((Number) first.get("entitledHours")).doubleValue(), EPS);
        assertEquals(2, first.get("responses"));
        assertEquals(java.util.Set.of("OVER_SERVED_CLIENT", "KEY_PERSON_DEPENDENCY"), java.util.Set.copyOf((List<?>) first.get("flags")));

        // Team: 5 responses; CS = mean of (s - 1) / 4 = (1 + .75 + .5 + .25 + .75) / 5 = 0.65.
        // No pain reports, so EX, AND and the quadrant are null. 2 of 5 escalate: 0.4 >= 0.3, a warning.
        Map<String, Object> teamRow = one(report, "teams", "name", team);
        assertEquals(0.65, ((Number) teamRow.get("cs")).doubleValue(), EPS);
        assertEquals(null, teamRow.get("ex"));
        assertEquals(null, teamRow.get("and"));
        assertEquals(null, teamRow.get("quadrant"));
        assertEquals(5, teamRow.get("responses"));
        assertEquals(null, teamRow.get("reporters"), "no size is told for a group without EX");
        // The process: one response < 5, so no CS.
        Map<String, Object> processRow = one(report, "processes", "name", process);
        assertEquals(null, processRow.get("cs"));
        assertEquals(1, processRow.get("responses"));

        // Flags: high first (concentration), then warnings by how far past the threshold:
        // key person (0.5 - 0.25) / 0.25 = 1.0, bypass (0.4 - 0.3) / 0.3 = 0.33, over-served (13 - 12.5) / 12.5 = 0.04.
        List<Map<String, Object>> flags = mine(report);
        assertEquals(List.of("CLIENT_CONCENTRATION", "KEY_PERSON_DEPENDENCY", "ESCALATION_BYPASS", "OVER_SERVED_CLIENT"),
                flags.stream().map(f -> f.get("code")).toList());
        assertEquals(List.of("high", "warning", "warning", "warning"), flags.stream().map(f -> f.get("severity")).toList());

        // Concentration: Ann, on C1, share 12 / 12 = 1.0.
        Map<String, Object> concentration = evidence(flags.get(0));
        assertEquals(List.of("customer", "share", "hoursOnCustomer", "totalHours"), List.copyOf(concentration.keySet()));
        assertEquals(c1, concentration.get("customer"));
        assertEquals(1.0, number(concentration, "share"), EPS);
        assertEquals(12.0, number(concentration, "hoursOnCustomer"), EPS);
        assertEquals(12.0, number(concentration, "totalHours"), EPS);
        assertEquals("employee", flags.get(0).get("subjectType"));
        assertEquals(a, flags.get(0).get("subject"));

        // Key person: C1 relies on Ann for 12 / 13; C1 about Ann: mean norm(s) = (1 + .75) / 2 = .875,
        // mean norm(k) = (.25 + .5) / 2 = .375: a gap of .5 >= .25.
        Map<String, Object> keyPerson = evidence(flags.get(1));
        assertEquals(List.of("employee", "share", "employeeScore", "companyScore"), List.copyOf(keyPerson.keySet()));
        assertEquals(a, keyPerson.get("employee"));
        assertEquals(12.0 / 13, number(keyPerson, "share"), EPS);
        assertEquals(0.875, number(keyPerson, "employeeScore"), EPS);
        assertEquals(0.375, number(keyPerson, "companyScore"), EPS);

        Map<String, Object> bypass = evidence(flags.get(2));
        assertEquals(List.of("responses", "escalations", "share", "directContacts"), List.copyOf(bypass.keySet()));
        assertEquals(0, bypass.get("directContacts"));
        assertEquals(5, bypass.get("responses"));
        assertEquals(2, bypass.get("escalations"));
        assertEquals(0.4, number(bypass, "share"), EPS);
        assertEquals(team, flags.get(2).get("subject"));

        Map<String, Object> overServed = evidence(flags.get(3));
        assertEquals(List.of("hours", "entitledHours", "ratio", "employees"), List.copyOf(overServed.keySet()));
        assertEquals(13.0, number(overServed, "hours"), EPS);
        assertEquals(10.0, number(overServed, "entitledHours"), EPS);
        assertEquals(1.3, number(overServed, "ratio"), EPS);
        assertEquals(List.of(a, b), overServed.get("employees"));
        assertTrue(((String) flags.get(3).get("message")).contains("13 h against 10 h"), (String) flags.get(3).get("message"));

        // Closing freezes the cycle; its report is the same numbers, now kept.
        hr().post("/api/v1/cycles/" + cycle + "/close").then().statusCode(200).body("state", equalTo("closed"));
        JsonPath kept = hr().get("/api/v1/cycles/" + cycle + "/report").then().statusCode(200)
                .body("cycle.state", equalTo("closed"))
                .body("responses", equalTo(5))
                .extract().jsonPath().using(DOUBLES);
        assertEquals(3.8, ((Number) one(kept, "employees", "email", a).get("score")).doubleValue(), EPS);

        String csv = hr().get("/api/v1/cycles/" + cycle + "/report.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.contains("email,name,team,responses,raw mean,score,previous score,hours,flags,follow-ups,on time,late,"
                + "closed on time share,handled by others share,recovery,overdue now\r\n"), csv);
        assertTrue(csv.lines().anyMatch(line -> line.startsWith(a + ",") && line.contains(",3,4.0,3.8") && line.endsWith("CLIENT_CONCENTRATION,0,0,0,,,,0")), csv);
    }

    @Test
    void followUpsShowOnTheLinesOfTheirOwnersAndTeams() throws SQLException {
        long cycle = buildCompany();
        // C1 about Ann s = 3, three days ago; its follow-up (written here, as no answer this high opens one), due
        // yesterday, she contacted two days ago, in time; C1 then answered again with s = 4: one pair, higher, too few
        // for a recovery share.
        answer(link(cycle, c1, a, null), 3, 3, "PERSON");
        answer(link(cycle, c1, a, null), 4, 4, "PERSON");
        Instant now = Instant.now();
        try (Connection db = dataSource.getConnection()) {
            long[] ratings = ratingsOf(db, cycle, a);
            exec(db, "UPDATE customer_rating SET submitted_at = ? WHERE id = ?", now.minus(Duration.ofDays(3)), ratings[0]);
            long owner = id(db, "SELECT id FROM employee WHERE email = ?", a);
            long customer = id(db, "SELECT id FROM customer WHERE ref = ?", c1);
            Instant yesterday = now.minus(Duration.ofDays(1));
            String insert = "INSERT INTO follow_up (cycle_id, customer_id, owner_id, source, rating_id, answer_score_sum,"
                    + " later_rating_id, later_score_sum, due_at, contacted_at, contact_by_other)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            // as the answer path leaves them: the opening answer's q1 + q2 + q3 (9), the later answer's (12)
            exec(db, insert, cycle, customer, owner, "ANSWER", ratings[0], 9, ratings[1], 12, yesterday,
                    now.minus(Duration.ofDays(2)), false);
            // two direct contacts for Ann, due yesterday: one not contacted (overdue), one contacted late by HR
            exec(db, insert, cycle, customer, owner, "DIRECT_CONTACT", null, null, null, null, yesterday, null, null);
            exec(db, insert, cycle, customer, owner, "DIRECT_CONTACT", null, null, null, null, yesterday, now, true);
        }

        JsonPath report = hr().get("/api/v1/cycles/" + cycle + "/report").then().statusCode(200).extract().jsonPath()
                .using(DOUBLES);

        // onTime 1, late 1 + 1 overdue: 1 / 3; contacted 2 < 3 and 1 pair < 3: no share
        Map<String, Object> ann = one(report, "employees", "email", a);
        assertEquals(3, ann.get("followUps"));
        assertEquals(1, ann.get("onTime"));
        assertEquals(2, ann.get("late"));
        assertEquals(1.0 / 3, number(ann, "closedOnTimeShare"), EPS);
        assertEquals(null, ann.get("handledByOthersShare"));
        assertEquals(null, ann.get("recovery"));
        assertEquals(1, ann.get("overdueNow"));
        Map<String, Object> ben = one(report, "employees", "email", b);
        assertEquals(0, ben.get("followUps"));
        assertTrue(ben.containsKey("closedOnTimeShare") && ben.get("closedOnTimeShare") == null, ben.toString());
        Map<String, Object> teamRow = one(report, "teams", "name", team);
        assertEquals(3, teamRow.get("followUps"));
        assertEquals(2, teamRow.get("directContacts"));
        assertEquals(1, teamRow.get("handledByOthers"));
        assertTrue(!one(report, "processes", "name", process).containsKey("onTime"), "a process owns no follow-ups");

        // 1 / 3 < 0.5: high
        Map<String, Object> loop = mine(report).stream().filter(f -> f.get("code").equals("LOOP_NOT_CLOSED")).findFirst()
                .orElseThrow();
        assertEquals("high", loop.get("severity"));
        assertEquals(team, loop.get("subject"));
        assertEquals(List.of("followUps", "onTime", "share", "overdueNow"), List.copyOf(evidence(loop).keySet()));
        assertEquals(1, evidence(loop).get("overdueNow"));

        String csv = hr().get("/api/v1/cycles/" + cycle + "/report.csv").then().statusCode(200).extract().asString();
        assertTrue(csv.lines().anyMatch(line -> line.startsWith(a + ",") && line.endsWith(",3,1,2,0.3333333333333333,,,1")), csv);
    }

    /** The ids of the cycle's answers about an employee, oldest first. */
    private static long[] ratingsOf(Connection db, long cycle, String email) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT r.id FROM customer_rating r JOIN employee e"
                + " ON e.id = r.employee_id WHERE r.cycle_id = ? AND e.email = ? ORDER BY r.id")) {
            query.setLong(1, cycle);
            query.setString(2, email);
            List<Long> ids = new java.util.ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static long id(Connection db, String sql, String key) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void exec(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i] instanceof Instant at ? Timestamp.from(at) : values[i];
                statement.setObject(i + 1, value);
            }
            statement.executeUpdate();
        }
    }

    @Test
    void reportOfAnUnknownCycleIs404AndEmployeesMayNotReadReports() {
        hr().get("/api/v1/cycles/99999999/report").then().statusCode(404).contentType("application/problem+json");
        var employee = TestData.employeeWithLogin(TestData.team());
        given().auth().preemptive().basic(employee.email, TestData.EMPLOYEE_PASSWORD)
                .get("/api/v1/cycles/99999999/report").then().statusCode(403);
    }

    @Test
    void anEmptyCycleHasNoFlags() {
        String name = TestData.unique("Empty report cycle");
        int cycle = hr().body(Map.of("name", name, "startsOn", "2031-01-01", "endsOn", "2031-03-31"))
                .post("/api/v1/cycles").then().statusCode(201).extract().path("id");
        hr().get("/api/v1/cycles/" + cycle + "/report").then().statusCode(200)
                .body("flags", empty()).body("responses", equalTo(0)).body("responseRate", nullValue());
    }

    private long buildCompany() {
        hr().body(Map.of("name", team)).post("/api/v1/teams").then().statusCode(201);
        hr().body(Map.of("name", tier, "entitledHours", 10, "description", "Ten hours")).post("/api/v1/tiers").then().statusCode(201);
        hr().body(Map.of("name", process, "description", "")).post("/api/v1/processes").then().statusCode(201);
        for (String ref : List.of(c1, c2)) {
            hr().body(Map.of("ref", ref, "name", "Customer " + ref, "tier", tier, "email", ref.toLowerCase() + "@c.example"))
                    .post("/api/v1/customers").then().statusCode(201);
        }
        for (String email : List.of(a, b)) {
            hr().body(Map.of("email", email, "name", "Person " + email, "team", team)).post("/api/v1/employees").then().statusCode(201);
        }
        closeAnyOpenCycle();
        int cycle = hr().body(Map.of("name", TestData.unique("Report cycle"), "startsOn", "2030-01-01", "endsOn", "2030-03-31"))
                .post("/api/v1/cycles").then().statusCode(201).body("state", equalTo("draft")).extract().path("id");
        hr().post("/api/v1/cycles/" + cycle + "/open").then().statusCode(200).body("state", equalTo("open"));
        return cycle;
    }

    private static void closeAnyOpenCycle() {
        List<Integer> open = hr().get("/api/v1/cycles").then().statusCode(200).extract().path("findAll { it.state == 'open' }.id");
        open.forEach(id -> hr().post("/api/v1/cycles/" + id + "/close").then().statusCode(200));
    }

    private static String link(long cycle, String customer, String employee, String process) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("customer", customer, "employee", employee));
        body.put("process", process);
        String url = hr().body(body).post("/api/v1/cycles/" + cycle + "/links").then().statusCode(201)
                .extract().path("url");
        return URI.create(url).getPath();
    }

    /** Answers a link as the customer would: opens the form, then submits q1 = q2 = q3 = s. */
    private static void answer(String path, int s, int company, String firstContact) {
        Browser customer = Browser.anonymous();
        customer.get(path).then().statusCode(200);
        int status = customer.submit(path, Map.of("responsiveness", s, "solved", s, "promises", s, "company", company,
                "firstContact", firstContact, "comment", "")).statusCode();
        assertTrue(status == 200 || status == 303, "the answer was taken, status " + status);
    }

    private static Map<String, Object> effort(String employee, String customer, double hours) {
        return Map.of("employee", employee, "customer", customer, "hours", hours);
    }

    private static Map<String, Object> one(JsonPath report, String list, String key, String value) {
        return report.getMap(list + ".find { it." + key + " == '" + value + "' }");
    }

    private List<Map<String, Object>> mine(JsonPath report) {
        List<Map<String, Object>> all = report.getList("flags");
        return all.stream().filter(f -> List.of(a, b, c1, c2, team, process).contains(f.get("subject"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> evidence(Map<String, Object> flag) {
        return (Map<String, Object>) flag.get("evidence");
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }
}
