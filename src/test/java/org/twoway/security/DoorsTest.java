package org.twoway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Team;

/**
 * The two doors, as a security probe tried them: with raw requests (java.net.http sends a path as written, where
 * REST Assured would tidy it), a page is not reached through the API's door, and the API takes no cookie.
 */
@QuarkusTest
class DoorsTest {

    @TestHTTPResource("/")
    URI root;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aPageReachedThroughTheApisPrefixStillTakesOnlyItsForm() throws Exception {
        Team team = TestData.team();
        Browser hr = Browser.hr();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        root.resolve("/api/../hr/teams/" + team.id + "/deactivate"))
                .header("Content-Type", "application/json").header("Cookie", cookies(hr))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(415, response.statusCode(), response.body());
        assertTrue(response.body().contains("This address takes a form sent from its page."), response.body());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Team.<Team>findById(team.id).active),
                "the team is still active");
    }

    @Test
    void theApiIgnoresTheLoginCookieSoNoOtherSiteCanCloseACycle() throws Exception {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        root.resolve("/api/v1/cycles/" + cycle.id + "/close"))
                .header("Cookie", cookies(Browser.hr())).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(CycleState.open,
                QuarkusTransaction.requiringNew().call(() -> ReviewCycle.<ReviewCycle>findById(cycle.id).state));
    }

    @Test
    void aFormQuarkusCannotReadIsTheSendersFaultNotAnIncident() throws Exception {
        Team team = TestData.team();
        Browser hr = Browser.hr();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(root.resolve("/hr/teams/" + team.id))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies(hr))
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + hr.cookie("twoway_csrf") + "&name=%zz")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("The form could not be read."), response.body());
        assertEquals(team.name, QuarkusTransaction.requiringNew().call(() -> Team.<Team>findById(team.id).name));
    }

    private static String cookies(Browser browser) {
        return "twoway_session=" + browser.cookie("twoway_session") + "; twoway_csrf=" + browser.cookie("twoway_csrf");
    }
}
