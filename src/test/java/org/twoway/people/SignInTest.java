package org.twoway.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;

@QuarkusTest
class SignInTest {

    @Test
    void hrSignsInAndLandsOnCycles() {
        Browser browser = Browser.anonymous();
        Response response = browser.submit("/login", Map.of("email", "HR@test.example ", "password", Browser.HR_PASSWORD));
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/hr/cycles"));
        String setCookie = response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("twoway_session=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        browser.get("/hr/teams").then().statusCode(200).body(containsString("<h1>Teams</h1>"));
    }

    @Test
    void unknownEmailAndWrongPasswordLookTheSame() {
        Response unknown = Browser.anonymous().submit("/login", Map.of("email", "nobody@test.example", "password", "whatever-pass"));
        Response wrong = Browser.anonymous().submit("/login", Map.of("email", Browser.HR_EMAIL, "password", "not-the-password"));
        assertEquals(401, unknown.statusCode());
        assertEquals(401, wrong.statusCode());
        assertEquals(mainOf(unknown.asString()).replace("nobody@test.example", Browser.HR_EMAIL), mainOf(wrong.asString()));
        assertTrue(wrong.asString().contains("The email or password is not right."));
        assertTrue(wrong.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("twoway_session=")));
    }

    @Test
    void signingOutMakesTheOldCookieUseless() {
        Browser browser = Browser.hr();
        String oldCookie = browser.cookie(Sessions.COOKIE);
        assertNotNull(oldCookie);
        browser.submit("/logout", Map.of()).then().statusCode(303).header("Location", containsString("/login"));
        Browser.anonymous().request().cookie(Sessions.COOKIE, oldCookie).get("/hr/teams")
                .then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        Browser.anonymous().get("/hr/teams").then().statusCode(303).header("Location", containsString("/login"));
        Browser.anonymous().get("/account").then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void employeeGetsForbiddenPageOnHrPages() {
        Employee employee = TestData.employeeWithLogin(TestData.team());
        Browser browser = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
        browser.get("/hr/teams").then().statusCode(403).body(containsString("Not allowed"))
                .body(not(containsString("Exception")));
    }

    @Test
    void changingPasswordRequiresTheCurrentOneAndSignsOutEverywhere() {
        Employee employee = TestData.employeeWithLogin(TestData.team());
        Browser browser = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
        Browser other = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);

        browser.submit("/account/password", Map.of("current", "wrong", "password", "short", "confirm", "short"))
                .then().statusCode(400)
                .body(containsString("This is not your current password."))
                .body(containsString("at least 10 characters"));
        browser.submit("/account/password", Map.of("current", TestData.EMPLOYEE_PASSWORD,
                "password", "a-new-password", "confirm", "another-password"))
                .then().statusCode(400).body(containsString("The two new passwords differ."));
        browser.submit("/account/password", Map.of("current", TestData.EMPLOYEE_PASSWORD,
                "password", "a-new-password", "confirm", "a-new-password")).then().statusCode(303);

        other.get("/account").then().statusCode(303);
        Browser.signedIn(employee.email, "a-new-password").get("/account").then().statusCode(200)
                .body(containsString(employee.email));
    }

    @Test
    void formWithoutAntiForgeryTokenIsRefusedAndChangesNothing() {
        Browser browser = Browser.hr();
        String name = TestData.unique("Forged");
        browser.submitWithoutToken("/hr/teams", Map.of("name", name)).then().statusCode(400);
        assertTrue(Team.findByName(name).isEmpty());
    }

    @Test
    void pagesCarryStrictSecurityHeaders() {
        Browser.hr().get("/hr/teams").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-store"));
    }

    private static String mainOf(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>")).replaceAll("name=\"csrf\" value=\"[^\"]*\"", "");
    }
}
