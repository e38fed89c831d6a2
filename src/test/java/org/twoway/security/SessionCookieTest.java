package org.twoway.security;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.people.Employee;
import org.twoway.people.Sessions;
import org.twoway.people.UserSession;

/** The login cookie: script cannot read it, other sites cannot send it, HTTPS keeps it, and signing out kills it. */
@QuarkusTest
class SessionCookieTest {

    @Test
    void overPlainHttpTheCookieIsHttpOnlyAndStrictButNotSecure() {
        String cookie = sessionCookie(signIn(null, null));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecure() {
        String cookie = sessionCookie(signIn("https", null));
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void signingInIgnoresACookieChosenBeforehand() {
        String planted = "planted-by-someone-else-0123456789";
        Response response = signIn(null, planted);
        String value = sessionCookie(response).substring((Sessions.COOKIE + "=").length()).split(";")[0];
        assertNotEquals(planted, value);
        Browser.anonymous().request().cookie(Sessions.COOKIE, planted).get("/me")
                .then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void signingOutDeletesTheSessionSoTheOldCookieOpensNothing() {
        Employee employee = TestData.employeeWithLogin(TestData.team());
        Browser browser = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
        String token = browser.cookie(Sessions.COOKIE);
        assertNotNull(token);
        assertEquals(1, sessionsOf(employee));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> UserSession.count("tokenHash", token)),
                "the database keeps only a keyed hash of the token");

        Response out = browser.submit("/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertTrue(out.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(Sessions.COOKIE + "=;") && c.contains("Max-Age=0")));
        assertEquals(0, sessionsOf(employee));

        Browser.anonymous().request().cookie(Sessions.COOKIE, token).get("/me")
                .then().statusCode(303).header("Location", containsString("/login"));
        Browser.anonymous().request().cookie(Sessions.COOKIE, token).get("/account")
                .then().statusCode(303).header("Location", containsString("/login"));
    }

    private static long sessionsOf(Employee employee) {
        return QuarkusTransaction.requiringNew().call(() -> UserSession.count("user.employee.id", employee.id));
    }

    private static Response signIn(String forwardedProto, String plantedCookie) {
        Browser browser = Browser.anonymous();
        browser.get("/login");
        var request = browser.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("email", Browser.HR_EMAIL, "password", Browser.HR_PASSWORD,
                        "csrf", browser.cookie("twoway_csrf")));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        if (plantedCookie != null) {
            request.cookie(Sessions.COOKIE, plantedCookie);
        }
        Response response = request.post("/login");
        assertEquals(303, response.statusCode(), response.asString());
        return response;
    }

    private static String sessionCookie(Response response) {
        return response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessions.COOKIE + "=")).findFirst().orElseThrow();
    }
}
