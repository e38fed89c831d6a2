package org.twoway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twoway.PackagedApp;

/**
 * The packaged app, started as an operator would (`java -jar`, production profile) on an empty
 * database: it refuses to start, naming the variable, when a required secret or the first admin is
 * missing, and with everything set it migrates the empty database, creates the first HR account and
 * serves the login page and the readiness check.
 */
class StartupIT {

    private static final String DB = "twoway_it";

    @BeforeEach
    void emptyDatabase() throws SQLException {
        PackagedApp.dropDatabase(DB);
    }

    @Test
    void refusesToStartWithoutSessionKeyAndNamesIt() throws Exception {
        Map<String, String> env = productionEnv();
        env.remove("TWOWAY_SESSION_KEY");
        PackagedApp app = PackagedApp.start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("TWOWAY_SESSION_KEY is not set"), app.output());
    }

    @Test
    void refusesToStartWithoutTheDatabaseHostAndNamesIt() throws Exception {
        Map<String, String> env = productionEnv();
        env.remove("TWOWAY_DB_HOST");
        PackagedApp app = PackagedApp.start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("Could not expand value TWOWAY_DB_HOST"), app.output());
    }

    @Test
    void refusesToStartWithAShortSessionKey() throws Exception {
        Map<String, String> env = productionEnv();
        env.put("TWOWAY_SESSION_KEY", "too-short");
        PackagedApp app = PackagedApp.start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("TWOWAY_SESSION_KEY is too short"), app.output());
    }

    @Test
    void refusesToStartWithoutAnonymityKeyAndNamesIt() throws Exception {
        Map<String, String> env = productionEnv();
        env.remove("TWOWAY_ANONYMITY_KEY");
        PackagedApp app = PackagedApp.start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("TWOWAY_ANONYMITY_KEY"), app.output());
    }

    @Test
    void refusesToStartWithAnInvalidScoringThresholdAndNamesIt() throws Exception {
        Map<String, String> env = productionEnv();
        env.put("TWOWAY_SCORING_BYPASS_SHARE", "1.5");
        PackagedApp app = PackagedApp.start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("twoway.scoring.bypass-share must be between 0 and 1"), app.output());
    }

    @Test
    void refusesToStartWithAnAnonymityThresholdBelowThreeAndSaysWhy() throws Exception {
        Map<String, String> env = productionEnv();
        env.put("TWOWAY_SCORING_ANONYMITY_THRESHOLD", "2");
        PackagedApp app = PackagedApp.start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("twoway.scoring.anonymity-threshold must be at least 3"), app.output());
    }

    @Test
    void refusesToStartWithoutAnyHrAccountOrFirstAdmin() throws Exception {
        Map<String, String> env = productionEnv();
        env.remove("TWOWAY_ADMIN_EMAIL");
        env.remove("TWOWAY_ADMIN_PASSWORD");
        PackagedApp app = PackagedApp.start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("Set TWOWAY_ADMIN_EMAIL and TWOWAY_ADMIN_PASSWORD"), app.output());
    }

    @Test
    void startsOnAnEmptyDatabaseCreatesTheFirstHrAccountAndServesLogin() throws Exception {
        PackagedApp app = PackagedApp.start(productionEnv());
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> ready = app.awaitReady(http);
            assertEquals(200, ready.statusCode(), app.output());
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(app.uri("/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertTrue(login.body().contains("Sign in to Twoway"));
            assertTrue(app.output().contains("Created the first HR account, first.hr@example.com."), app.output());
            try (var connection = DriverManager.getConnection(PackagedApp.SERVER + DB, "root", "");
                    var rows = connection.createStatement()
                            .executeQuery("SELECT role FROM user_account WHERE email = 'first.hr@example.com'")) {
                assertTrue(rows.next());
                assertEquals("hr", rows.getString(1));
            }
        } finally {
            app.stop();
        }
    }

    private static Map<String, String> productionEnv() {
        return PackagedApp.productionEnv(DB);
    }
}
