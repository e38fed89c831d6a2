package org.twoway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.effort.EffortEntry;

/**
 * Every route × {anonymous, employee, HR}: a stranger is sent to sign in (pages) or gets 401 (API), a person
 * of the wrong role gets 403, the right one gets the page. Every page that opens carries the strict CSP and
 * no inline script or style.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    World world;
    Browser hr;
    Browser me;

    World world() {
        if (world == null) {
            world = new World();
            hr = Browser.hr();
            me = world.meBrowser();
        }
        return world;
    }

    static List<Routes.Route> routes() {
        return Routes.ALL;
    }

    @Test
    void theTableListsEveryRouteTheAppDeclares() throws Exception {
        assertEquals(Routes.declared(), Routes.listed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void anonymousEmployeeAndHrGetWhatTheirRoleAllows(Routes.Route route) {
        World w = world();
        String path = w.path(route.template());

        Response anonymous = route.api() ? Requests.api(route, path, null, null)
                : Requests.send(Browser.anonymous(), route, path, null);
        if (route.access() == Routes.Access.PUBLIC) {
            expectAllowed(route, anonymous, "anonymous");
        } else if (route.api()) {
            assertEquals(401, anonymous.statusCode(), "anonymous " + route);
        } else {
            expectSentToLogin(route, anonymous);
        }

        Response employee = route.api()
                ? Requests.api(route, path, w.me.email, TestData.EMPLOYEE_PASSWORD)
                : Requests.send(route.template().equals("/logout") ? w.meBrowser() : me, route, path, null);
        if (route.access() == Routes.Access.HR) {
            assertEquals(403, employee.statusCode(), "employee " + route);
        } else {
            expectAllowed(route, employee, "employee");
        }

        Response hrResponse = route.api()
                ? Requests.api(route, path, Browser.HR_EMAIL, Browser.HR_PASSWORD)
                : Requests.send(route.template().equals("/logout") ? Browser.hr() : hr, route, path, null);
        if (route.access() == Routes.Access.EMPLOYEE) {
            assertEquals(403, hrResponse.statusCode(), "HR " + route);
        } else {
            expectAllowed(route, hrResponse, "HR");
        }
    }

    @Test
    void anEmployeeChangingTheIdInTheAddressNeverReachesAnothersEffort() {
        World w = world();
        long theirs = w.othersEntry;
        Response edit = me.get("/me/effort/" + theirs + "/edit");
        assertEquals(404, edit.statusCode());
        assertFalse(edit.asString().contains(w.customer.name), "nothing of the other's entry shows");
        assertEquals(404, me.submit("/me/effort/" + theirs, Map.of("customer", w.customer.ref, "hours", "99")).statusCode());
        assertEquals(404, me.submit("/me/effort/" + theirs + "/delete", Map.of()).statusCode());
        EffortEntry entry = QuarkusTransaction.requiringNew().call(() -> EffortEntry.findById(theirs));
        assertNotNull(entry, "still there");
        assertEquals(0, new BigDecimal("3.5").compareTo(entry.hours), "unchanged");
    }

    @Test
    void anEmployeeOpeningAProcessSeesOnlyTheirOwnPainReport() {
        World w = world();
        String path = "/me/cycles/" + w.cycle.id + "/pain-reports/" + w.process.id;
        Browser other = Browser.signedIn(w.other.email, TestData.EMPLOYEE_PASSWORD);
        other.submit(path, Map.of("timeWasted", "5", "tools", "4", "handoffs", "3", "rules", "2", "customerPressure", "1",
                "hoursLostPerWeek", "6", "fix", "Only-the-other-knows-this-fix", "anonymous", "true")).then().statusCode(303);
        String mine = me.get(path).then().statusCode(200).extract().asString();
        assertFalse(mine.contains("Only-the-other-knows-this-fix"));
        assertTrue(other.get(path).asString().contains("Only-the-other-knows-this-fix"));
    }

    private static void expectSentToLogin(Routes.Route route, Response response) {
        assertEquals(303, response.statusCode(), "anonymous " + route);
        assertTrue(response.header("Location").endsWith("/login"), "anonymous " + route + " → " + response.header("Location"));
    }

    private static void expectAllowed(Routes.Route route, Response response, String who) {
        int status = response.statusCode();
        String what = who + " " + route + " answered " + status + ": " + response.asString();
        if (route.ok() != 0) {
            assertEquals(route.ok(), status, what);
        } else {
            assertTrue(status < 500, what);
            assertNotEquals(403, status, what);
            if (!route.template().equals("/login")) {
                assertNotEquals(401, status, what);
            }
        }
        if (status == 303 && !route.template().equals("/logout") && !(route.template().equals("/") && who.equals("anonymous"))) {
            assertFalse(response.header("Location").endsWith("/login"), what);
        }
        String type = response.contentType();
        if (type != null && type.startsWith("text/html")) {
            String csp = response.header("Content-Security-Policy");
            assertNotNull(csp, what);
            assertTrue(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline") && !csp.contains("script-src"),
                    csp);
            String html = response.asString();
            assertFalse(html.contains("<script"), what);
            assertFalse(html.contains(" style=\""), what);
        }
    }
}
