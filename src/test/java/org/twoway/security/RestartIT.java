package org.twoway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twoway.PackagedApp;
import org.twoway.system.Tokens;

/**
 * Customers answer while the app is killed outright (SIGKILL) mid-stream: after a restart, every answer the
 * app had acknowledged with its thank-you page is there, and no link is marked answered without its answers.
 */
class RestartIT {

    static final String DB = "twoway_restart_it";
    static final int LINKS = 80;
    static final int KILL_AFTER = 30;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedAnswerSurvivesAKill() throws Exception {
        PackagedApp.dropDatabase(DB);
        Map<String, String> env = PackagedApp.productionEnv(DB);
        env.put("TWOWAY_FEEDBACK_RATE_LIMIT_REQUESTS", "1000000");
        PackagedApp app = PackagedApp.start(env);
        List<String> tokens;
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        try {
            app.awaitReady(http);
            tokens = company(app);
            ExecutorService customers = Executors.newFixedThreadPool(4);
            for (String token : tokens) {
                customers.execute(() -> {
                    try {
                        if (answer(app, token)) {
                            acknowledged.add(token);
                        }
                    } catch (IOException | InterruptedException killed) {
                        // the app is gone: this answer was never acknowledged
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < KILL_AFTER && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            app.kill();
            customers.shutdown();
            assertTrue(customers.awaitTermination(60, TimeUnit.SECONDS));
        } finally {
            app.kill();
        }
        assertTrue(acknowledged.size() >= KILL_AFTER, "answers acknowledged before the kill: " + acknowledged.size());
        assertTrue(acknowledged.size() < LINKS, "the kill came while customers were still answering");

        PackagedApp restarted = PackagedApp.start(env);
        try {
            restarted.awaitReady(http);
            try (var connection = DriverManager.getConnection(PackagedApp.SERVER + DB, "root", "");
                    var find = connection.prepareStatement("SELECT l.used_at IS NOT NULL, COUNT(r.id) FROM feedback_link l"
                            + " LEFT JOIN customer_rating r ON r.link_id = l.id WHERE l.token_hash = ? GROUP BY l.id")) {
                for (String token : acknowledged) {
                    find.setString(1, Tokens.sha256(token));
                    try (ResultSet row = find.executeQuery()) {
                        assertTrue(row.next(), "the link is there");
                        assertTrue(row.getBoolean(1), "an acknowledged link is answered");
                        assertEquals(1, row.getInt(2), "an acknowledged answer is stored once");
                    }
                }
                try (ResultSet half = connection.createStatement().executeQuery("SELECT COUNT(*) FROM feedback_link l"
                        + " WHERE (l.used_at IS NOT NULL) <> EXISTS (SELECT 1 FROM customer_rating r WHERE r.link_id = l.id)")) {
                    half.next();
                    assertEquals(0, half.getInt(1), "no link half answered");
                }
            }
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(restarted.uri("/f/" + acknowledged.peek())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(410, again.statusCode(), "an answered link says so after the restart");
            System.out.printf("Restart: %d of %d answers acknowledged before SIGKILL, all %d there after the restart%n",
                    acknowledged.size(), LINKS, acknowledged.size());
        } finally {
            restarted.stop();
        }
    }

    /** A team, an employee, a tier, a customer and an open cycle through the API, and that many links. */
    private List<String> company(PackagedApp app) throws Exception {
        api(app, "/api/v1/teams", "{\"name\":\"Support\"}", 201);
        api(app, "/api/v1/employees", "{\"email\":\"ann@example.com\",\"name\":\"Ann\",\"team\":\"Support\"}", 201);
        api(app, "/api/v1/tiers", "{\"name\":\"Gold\",\"entitledHours\":10,\"description\":\"Gold\"}", 201);
        api(app, "/api/v1/customers", "{\"ref\":\"C1\",\"name\":\"Acme\",\"tier\":\"Gold\",\"email\":\"acme@example.com\"}", 201);
        String cycle = api(app, "/api/v1/cycles", "{\"name\":\"Q1\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\"}", 201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(cycle);
        assertTrue(id.find(), cycle);
        api(app, "/api/v1/cycles/" + id.group(1) + "/open", "", 200);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < LINKS; i++) {
            String link = api(app, "/api/v1/cycles/" + id.group(1) + "/links", "{\"customer\":\"C1\",\"employee\":\"ann@example.com\"}", 201);
            Matcher url = Pattern.compile("/f/([A-Za-z0-9_-]+)").matcher(link);
            assertTrue(url.find(), link);
            tokens.add(url.group(1));
        }
        return tokens;
    }

    private String api(PackagedApp app, String path, String json, int expected) throws Exception {
        String basic = Base64.getEncoder().encodeToString("first.hr@example.com:first-hr-password".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    /** Opens the form as a phone would, then sends it; true when the thank-you page came back. */
    private boolean answer(PackagedApp app, String token) throws IOException, InterruptedException {
        URI form = app.uri("/f/" + token);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(form).build(), HttpResponse.BodyHandlers.ofString());
        String csrf = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("twoway_csrf="))
                .map(c -> c.substring("twoway_csrf=".length()).split(";")[0]).findFirst().orElseThrow();
        String body = "csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                + "&responsiveness=5&solved=4&promises=3&company=4&firstContact=CHANNEL&comment=Fine";
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(form).header("Cookie", "twoway_csrf=" + csrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return sent.statusCode() == 200;
    }
}
