package org.twoway.feedback;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.twoway.Browser;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;

/** Feedback links for tests: issued through the API, effort recorded in the database, answers as a browser sends them. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Issues a link through the API and returns its path ("/f/" and the token). */
    public static String issue(ReviewCycle cycle, Customer customer, Employee employee, BusinessProcess process) {
        Map<String, Object> body = new HashMap<>();
        body.put("customer", customer.ref);
        body.put("employee", employee.email);
        body.put("process", process == null ? null : process.name);
        String url = api().body(body).post("/api/v1/cycles/" + cycle.id + "/links")
                .then().statusCode(201).extract().path("url");
        return URI.create(url).getPath();
    }

    static io.restassured.specification.RequestSpecification api() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    public static void effort(ReviewCycle cycle, Employee employee, Customer customer, double hours) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager().createNativeQuery(
                        "INSERT INTO effort_entry (cycle_id, employee_id, customer_id, hours) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, cycle.id).setParameter(2, employee.id).setParameter(3, customer.id)
                .setParameter(4, BigDecimal.valueOf(hours))
                .executeUpdate());
    }

    /** A complete, valid set of answers; tests change or remove single fields. */
    public static Map<String, Object> answers() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("responsiveness", "5");
        answers.put("solved", "4");
        answers.put("promises", "3");
        answers.put("company", "2");
        answers.put("firstContact", "CHANNEL");
        answers.put("comment", "Quick and friendly.");
        return answers;
    }

    /** Opens the customer's form (which sets the anti-forgery cookie) and sends the answers, as a phone would. */
    public static Response answer(Browser customer, String path, Map<String, ?> answers) {
        customer.get(path);
        return customer.submit(path, answers);
    }

    public static FeedbackLink link(String path) {
        String token = path.substring("/f/".length());
        return QuarkusTransaction.requiringNew().call(() -> FeedbackLink.findByTokenHash(org.twoway.system.Tokens.sha256(token))
                .orElseThrow(() -> new AssertionError("No link for " + path)));
    }

    static void setCycleState(ReviewCycle cycle, String state) {
        QuarkusTransaction.requiringNew().run(() -> ReviewCycle.getEntityManager()
                .createNativeQuery("UPDATE review_cycle SET state = ?1 WHERE id = ?2")
                .setParameter(1, state).setParameter(2, cycle.id).executeUpdate());
    }
}
