package org.twoway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.people.Employee;
import org.twoway.people.SignIns;

/** Five wrong passwords for one email lock it (twoway.sign-in.account-failures), by the form and by HTTP Basic alike. */
@QuarkusTest
class LoginThrottlingTest {

    final List<String> logged = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(SignIns.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(SignIns.class.getName()).removeHandler(capture);
    }

    @Test
    void fiveWrongPasswordsLockTheLoginFormEvenForTheRightOne() {
        Employee employee = TestData.employeeWithLogin(TestData.team());
        for (int i = 1; i <= 5; i++) {
            Browser.anonymous().submit("/login", Map.of("email", employee.email, "password", "wrong-secret-" + i))
                    .then().statusCode(401);
        }
        var locked = Browser.anonymous().submit("/login",
                Map.of("email", employee.email.toUpperCase(), "password", TestData.EMPLOYEE_PASSWORD));
        assertEquals(429, locked.statusCode());
        assertTrue(Long.parseLong(locked.header("Retry-After")) > 800);
        assertTrue(PageText.mainText(locked.asString()).contains(
                "Too many failed sign-ins. Signing in is paused for this email or this network; try again in 15 minutes."),
                locked.asString());
        assertFalse(locked.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("twoway_session=")));

        String log = String.join("\n", logged);
        assertTrue(log.contains(employee.email), log);
        assertFalse(log.contains("wrong-secret"), log);
        assertFalse(log.contains(TestData.EMPLOYEE_PASSWORD), log);

        Employee other = TestData.employeeWithLogin(TestData.team());
        Browser.signedIn(other.email, TestData.EMPLOYEE_PASSWORD).get("/me").then().statusCode(200);
    }

    @Test
    void anUnknownEmailLocksLikeAKnownOneSoALockRevealsNothing() {
        String nobody = TestData.unique("nobody").toLowerCase() + "@test.example";
        for (int i = 0; i < 5; i++) {
            Browser.anonymous().submit("/login", Map.of("email", nobody, "password", "wrong-password")).then().statusCode(401);
        }
        Browser.anonymous().submit("/login", Map.of("email", nobody, "password", "wrong-password"))
                .then().statusCode(429).body(containsString("Too many failed sign-ins"));
    }

    @Test
    void theApiAnswers429ProblemJsonOnceBasicSignInIsLocked() {
        Employee employee = TestData.employeeWithLogin(TestData.team());
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(employee.email, "wrong-secret").get("/api/v1/teams")
                    .then().statusCode(401);
        }
        given().auth().preemptive().basic(employee.email, TestData.EMPLOYEE_PASSWORD).get("/api/v1/teams")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429))
                .body("title", equalTo("Too many failed sign-ins"))
                .body("detail", containsString("Try again in"));
        assertFalse(String.join("\n", logged).contains("wrong-secret"));
    }
}
