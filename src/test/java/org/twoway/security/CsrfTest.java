package org.twoway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twoway.Browser;
import org.twoway.TestData;

/**
 * A forged cross-site form carries the person's cookies but not the page's anti-forgery field: every form of
 * the app refuses it with 400 and changes nothing. And no GET changes anything.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfTest {

    World world;

    World world() {
        if (world == null) {
            world = new World();
        }
        return world;
    }

    static List<Routes.Route> forms() {
        return Routes.forms();
    }

    /** The browser of a person the route is for, fresh, so that nothing an earlier case did is in its way. */
    Browser allowed(Routes.Route route) {
        return switch (route.access()) {
            case HR -> Browser.hr();
            case EMPLOYEE, SIGNED_IN -> world().meBrowser();
            case PUBLIC -> route.template().equals("/logout") ? world().meBrowser() : Browser.anonymous();
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aFormPostedWithoutItsTokenIsRefusedAndChangesNothing(Routes.Route route) {
        World w = world();
        String path = w.path(route.template());
        Browser browser = allowed(route);
        browser.get(route.template().equals("/f/{token}") ? path : "/login");
        String session = browser.cookie("twoway_session");
        List<String> before = World.fingerprint();

        Response forged = route.template().equals(Requests.MULTIPART)
                ? browser.request().multiPart("file", "effort.csv",
                        ("employee,customer,hours\n" + w.me.email + "," + w.customer.ref + ",3\n").getBytes(StandardCharsets.UTF_8),
                        "text/csv").post(path)
                : browser.submitWithoutToken(path, FormInputs.valid(route.template(), w));

        assertTrue(forged.statusCode() == 400 || forged.statusCode() == 403, route + " answered " + forged.statusCode());
        assertEquals(before, World.fingerprint(), route + " changed the data");
        assertTrue(forged.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("twoway_session=")),
                route + " touched the login cookie");
        if (session != null) {
            assertEquals(200, Browser.anonymous().request().cookie("twoway_session", session)
                    .get(route.access() == Routes.Access.HR ? "/hr/cycles" : "/me").statusCode(), "still signed in");
        }
    }

    @Test
    void theSameFormWithItsTokenDoesChangeTheData() {
        List<String> before = World.fingerprint();
        Browser.hr().submit("/hr/teams", FormInputs.valid("/hr/teams", world())).then().statusCode(303);
        assertNotEquals(before, World.fingerprint());
    }

    @Test
    void aPostOfAnotherTypeCannotSkipTheTokenCheck() {
        World w = world();
        Browser hr = Browser.hr();
        List<String> before = World.fingerprint();
        for (String type : List.of("text/plain", "application/json")) {
            Response forged = hr.request().contentType(type).body("name=x").post("/hr/cycles/" + w.draft.id + "/open");
            assertTrue(forged.statusCode() == 400 || forged.statusCode() == 415, type + " answered " + forged.statusCode());
            Response noType = hr.request().post("/hr/employees/" + w.victim.id + "/deactivate");
            assertTrue(noType.statusCode() == 400 || noType.statusCode() == 415, "no type answered " + noType.statusCode());
        }
        assertEquals(before, World.fingerprint());
    }

    @Test
    void aTokenFromAnotherBrowserIsRefusedToo() {
        Browser victim = Browser.hr();
        Browser attacker = Browser.anonymous();
        attacker.get("/login");
        Response forged = victim.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("name", TestData.unique("Forged"), "csrf", attacker.cookie("twoway_csrf")))
                .post("/hr/teams");
        assertEquals(400, forged.statusCode());
    }

    @Test
    void noGetChangesAnything() {
        World w = world();
        Browser hr = Browser.hr();
        Browser me = w.meBrowser();
        List<String> before = World.fingerprint();
        for (Routes.Route route : Routes.ALL) {
            if (!route.method().equals("GET")) {
                continue;
            }
            String path = w.path(route.template());
            if (route.api()) {
                Requests.api(route, path, Browser.HR_EMAIL, Browser.HR_PASSWORD);
                Requests.api(route, path, w.me.email, TestData.EMPLOYEE_PASSWORD);
            } else {
                hr.get(path);
                me.get(path);
                Browser.anonymous().get(path);
            }
        }
        assertEquals(before, World.fingerprint());
    }
}
