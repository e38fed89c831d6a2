package org.twoway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged app, started as an operator would (`java -jar`, production profile) on an empty
 * database: it refuses to start, naming the variable, when a required secret or the first admin is
 * missing, and with everything set it migrates the empty database, creates the first HR account and
 * serves the login page and the readiness check.
 */
class StartupIT {

    private static final String DB = "twoway_it";
    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection(SERVER, "root", "");
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DB);
        }
    }

    @Test
    void refusesToStartWithoutSessionKeyAndNamesIt() throws Exception {
        Map<String, String> env = productionEnv();
        env.remove("TWOWAY_SESSION_KEY");
        Started app = start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("TWOWAY_SESSION_KEY is not set"), app.output());
    }

    @Test
    void refusesToStartWithAShortSessionKey() throws Exception {
        Map<String, String> env = productionEnv();
        env.put("TWOWAY_SESSION_KEY", "too-short");
        Started app = start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("TWOWAY_SESSION_KEY is too short"), app.output());
    }

    @Test
    void refusesToStartWithoutAnonymityKeyAndNamesIt() throws Exception {
        Map<String, String> env = productionEnv();
        env.remove("TWOWAY_ANONYMITY_KEY");
        Started app = start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("TWOWAY_ANONYMITY_KEY"), app.output());
    }

    @Test
    void refusesToStartWithAnInvalidScoringThresholdAndNamesIt() throws Exception {
        Map<String, String> env = productionEnv();
        env.put("TWOWAY_SCORING_BYPASS_SHARE", "1.5");
        Started app = start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("twoway.scoring.bypass-share must be between 0 and 1"), app.output());
    }

    @Test
    void refusesToStartWithoutAnyHrAccountOrFirstAdmin() throws Exception {
        Map<String, String> env = productionEnv();
        env.remove("TWOWAY_ADMIN_EMAIL");
        env.remove("TWOWAY_ADMIN_PASSWORD");
        Started app = start(env);
        assertNotEquals(0, app.waitForExit(), app.output());
        assertTrue(app.output().contains("Set TWOWAY_ADMIN_EMAIL and TWOWAY_ADMIN_PASSWORD"), app.output());
    }

    @Test
    void startsOnAnEmptyDatabaseCreatesTheFirstHrAccountAndServesLogin() throws Exception {
        Started app = start(productionEnv());
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> ready = app.awaitReady(http);
            assertEquals(200, ready.statusCode(), app.output());
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(app.uri("/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertTrue(login.body().contains("Sign in to Twoway"));
            assertTrue(app.output().contains("Created the first HR account, first.hr@example.com."), app.output());
            try (var connection = DriverManager.getConnection(SERVER + DB, "root", "");
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
        Map<String, String> env = new HashMap<>();
        env.put("TWOWAY_DB_URL", SERVER + DB + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8");
        env.put("TWOWAY_DB_USER", "root");
        env.put("TWOWAY_DB_PASSWORD", "");
        env.put("TWOWAY_SESSION_KEY", "an-integration-test-session-key-of-enough-length");
        env.put("TWOWAY_ANONYMITY_KEY", "an-integration-test-anonymity-key-of-enough-length");
        env.put("TWOWAY_ADMIN_EMAIL", "First.HR@example.com");
        env.put("TWOWAY_ADMIN_PASSWORD", "first-hr-password");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(freePort()));
        return env;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Started start(Map<String, String> env) throws IOException {
        Path log = Files.createTempFile("twoway-startup", ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", System.getProperty("twoway.jar"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("TWOWAY_") || name.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        return new Started(builder.start(), log, Integer.parseInt(env.get("QUARKUS_HTTP_PORT")));
    }

    private record Started(Process process, Path log, int port) {

        int waitForExit() throws InterruptedException {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The app kept running instead of refusing to start:\n" + output());
            }
            return process.exitValue();
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        HttpResponse<String> awaitReady(HttpClient http) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return response;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new AssertionError("The app did not become ready:\n" + output());
        }

        String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "(no output: " + e + ")";
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
