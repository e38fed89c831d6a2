package org.twoway.feedback;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.system.Tokens;

@QuarkusTest
@TestProfile(RateLimitTest.FiveRequestsAnHour.class)
class RateLimitTest {

    /** The customer's pages allow five requests per address and hour. */
    public static class FiveRequestsAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twoway.feedback.rate-limit.requests", "5", "twoway.feedback.rate-limit.window", "1H");
        }
    }

    @Test
    void tooManyRequestsFromOneAddressGetAFriendlyPageAndStaffPagesAreNotLimited() {
        String path = "/f/" + Tokens.random();
        for (int i = 0; i < 5; i++) {
            Browser.anonymous().get(path).then().statusCode(404);
        }

        Response limited = Browser.anonymous().request().header("Accept-Language", "de").get(path);
        limited.then().statusCode(429)
                .body(containsString("<h1>Zu viele Anfragen</h1>"))
                .header("Cache-Control", equalTo("no-store"))
                .header("Referrer-Policy", equalTo("no-referrer"));
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
        Browser.anonymous().request().post(path).then().statusCode(429).body(containsString("Too many requests"));

        assertEquals(200, Browser.hr().get("/hr/teams").statusCode());
    }
}
