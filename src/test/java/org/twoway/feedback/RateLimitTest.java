package org.twoway.feedback;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
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

    @Inject
    FeedbackConfig config;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void forgetTheseTestsAddresses() throws SQLException {
        for (String address : List.of("127.0.0.1", "198.51.100.1", "198.51.100.2")) {
            update("DELETE FROM feedback_rate_window WHERE address_hash = ?", Tokens.sha256(address));
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

    @Test
    void twoNodesShareOneLimitOnceEachHasReadTheOthersCounts() throws SQLException {
        RateLimiter one = new RateLimiter(config, dataSource);
        RateLimiter two = new RateLimiter(config, dataSource);
        String address = "198.51.100.1";
        for (int i = 0; i < 3; i++) {
            assertTrue(one.allow(address));
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(two.allow(address));
        }
        one.share();
        two.share();
        assertEquals(List.of(5), used(address));
        // Node one sees node two's requests at its next share.
        one.share();
        assertFalse(one.allow(address));
        assertFalse(two.allow(address));
        assertTrue(one.allow("198.51.100.2"));
    }

    @Test
    void aShareDeletesTheRowsOfEndedWindows() throws SQLException {
        String address = "198.51.100.2";
        update("INSERT INTO feedback_rate_window (window_start_ms, address_hash, used) VALUES (0, ?, 7)", Tokens.sha256(address));
        assertEquals(List.of(7), used(address));
        new RateLimiter(config, dataSource).share();
        assertEquals(List.of(), used(address));
    }

    /** What the address's rows say it used, found by its hash alone. */
    List<Integer> used(String address) throws SQLException {
        List<Integer> used = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT used FROM feedback_rate_window WHERE address_hash = ? ORDER BY window_start_ms")) {
            select.setString(1, Tokens.sha256(address));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    used.add(rows.getInt(1));
                }
            }
        }
        return used;
    }

    void update(String sql, String hash) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, hash);
            update.executeUpdate();
        }
    }
}
