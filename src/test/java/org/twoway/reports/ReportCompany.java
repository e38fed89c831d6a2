package org.twoway.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.customers.ServiceTier;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/**
 * A small company with one open cycle for the report page tests, built once through the API and the
 * customer form, after a closed cycle of one day that published the pain figures the open one shows:
 * <ul>
 * <li>team Alpha (3 people), Beta (2) and Gamma (4), every one of them reporting pain on one process
 * in the closed cycle: Beta's 2 reporters are too few, so Beta's EX is hidden; then Alpha, the
 * smallest shown team, is hidden too, or the company minus Gamma minus Alpha would give Beta's two away;</li>
 * <li>Ann (Alpha) answered about 5 times by customer Acme, with the comments of {@link #COMMENTS};</li>
 * <li>Acme received 30 h against a 10 h tier, all of them Ann's: over-served, high.</li>
 * </ul>
 */
final class ReportCompany {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String FORMULA = "=HYPERLINK(\"http://x.example\",\"click\")";
    static final List<String> COMMENTS = List.of(SCRIPT, IMG, FORMULA, "Always on time.", "");
    static final JsonPathConfig DOUBLES =
            JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    private static ReportCompany built;

    final long painCycle;
    final long cycle;
    final Team alpha;
    final Team beta;
    final Team gamma;
    final BusinessProcess process;
    final Customer acme;
    final Employee ann;
    final Employee formulaPerson;
    final List<Employee> people = new ArrayList<>();

    static synchronized ReportCompany get() {
        if (built == null) {
            built = new ReportCompany();
        }
        return built;
    }

    private ReportCompany() {
        alpha = TestData.team();
        beta = TestData.team();
        gamma = TestData.team();
        process = TestData.process();
        ServiceTier tier = TestData.tier(10);
        acme = TestData.customer(tier);
        List<Employee> alphas = members(alpha, 3);
        List<Employee> betas = members(beta, 2);
        List<Employee> gammas = members(gamma, 4);
        ann = alphas.get(0);
        String formulaEmail = TestData.unique("formula").toLowerCase() + "@report.example";
        hr().body(Map.of("email", formulaEmail, "name", "=SUM(A1:A9)", "team", gamma.name))
                .post("/api/v1/employees").then().statusCode(201);
        formulaPerson = QuarkusTransaction.requiringNew().call(() -> Employee.<Employee>find("email", formulaEmail).firstResult());

        closeAnyOpenCycle();
        painCycle = openCycle("Pages pain cycle", "2031-12-31", "2031-12-31");
        // Friction per person: Alpha 3,3,3,3,2 (sum 14), Beta 4,4,4,4,5 (21), Gamma 1,1,1,1,2 (6).
        alphas.forEach(e -> pain(e, 3, 2, "Fewer approvals <b>please</b>"));
        betas.forEach(e -> pain(e, 4, 5, "Beta's own idea"));
        gammas.forEach(e -> pain(e, 1, 2, null));
        hr().post("/api/v1/cycles/" + painCycle + "/close").then().statusCode(200);

        cycle = openCycle("Pages cycle", "2032-01-01", "2032-03-31");

        hr().body(List.of(Map.of("employee", ann.email, "customer", acme.ref, "hours", 30)))
                .post("/api/v1/cycles/" + cycle + "/effort").then().statusCode(200);
        int[] answers = {5, 4, 5, 3, 4};
        for (int i = 0; i < COMMENTS.size(); i++) {
            answer(link(ann), answers[i], COMMENTS.get(i));
        }
        for (Employee gammaPerson : gammas) {
            answer(link(gammaPerson), 3, "");
        }
    }

    private List<Employee> members(Team team, int count) {
        List<Employee> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(TestData.employeeWithLogin(team));
        }
        people.addAll(members);
        return members;
    }

    private static long openCycle(String name, String startsOn, String endsOn) {
        long id = ((Number) hr().body(Map.of("name", TestData.unique(name), "startsOn", startsOn, "endsOn", endsOn))
                .post("/api/v1/cycles").then().statusCode(201).extract().path("id")).longValue();
        hr().post("/api/v1/cycles/" + id + "/open").then().statusCode(200);
        return id;
    }

    /** A pain report with the first four ratings {@code most} and customer pressure {@code last}, in the pain cycle. */
    private void pain(Employee employee, int most, int last, String fix) {
        Map<String, Object> body = new HashMap<>(Map.of("process", process.name, "timeWasted", most, "tools", most,
                "handoffs", most, "rules", most, "customerPressure", last, "hoursLostPerWeek", 1, "anonymous", true));
        if (fix != null) {
            body.put("fix", fix);
        }
        given().auth().preemptive().basic(employee.email, TestData.EMPLOYEE_PASSWORD).contentType("application/json")
                .body(body).post("/api/v1/cycles/" + painCycle + "/pain-reports").then().statusCode(201);
    }

    private String link(Employee employee) {
        String url = hr().body(Map.of("customer", acme.ref, "employee", employee.email, "process", process.name))
                .post("/api/v1/cycles/" + cycle + "/links").then().statusCode(201).extract().path("url");
        return URI.create(url).getPath();
    }

    private static void answer(String path, int s, String comment) {
        Browser customer = Browser.anonymous();
        customer.get(path).then().statusCode(200);
        int status = customer.submit(path, Map.of("responsiveness", s, "solved", s, "promises", s, "company", 2,
                "firstContact", "PERSON", "comment", comment)).statusCode();
        assertTrue(status == 200 || status == 303, "the answer was taken, status " + status);
    }

    JsonPath report() {
        return hr().get("/api/v1/cycles/" + cycle + "/report").then().statusCode(200).extract().jsonPath().using(DOUBLES);
    }

    void close() {
        hr().post("/api/v1/cycles/" + cycle + "/close").then().statusCode(200).body("state", equalTo("closed"));
    }

    static void closeAnyOpenCycle() {
        List<Integer> open = hr().get("/api/v1/cycles").then().statusCode(200).extract().path("findAll { it.state == 'open' }.id");
        open.forEach(id -> hr().post("/api/v1/cycles/" + id + "/close").then().statusCode(200));
    }

    static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }
}
