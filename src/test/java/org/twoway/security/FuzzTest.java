package org.twoway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;

/**
 * Thousands of malformed bodies, from a fixed seed, at every POST endpoint that reads one: forms with their
 * fields missing, far too long, or not UTF-8, raw bytes, the wrong content type; JSON cut short, of the
 * wrong shape, nested too deep, too big, not UTF-8. Each answer is a 4xx, never a 500, and nothing changes.
 */
@QuarkusTest
class FuzzTest {

    static final long SEED = 20261123L;
    static final int BODIES_PER_ROUTE = 50;
    static final byte[][] INVALID_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    @TestHTTPResource("/")
    URI base;

    final Random random = new Random(SEED);
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<String> failures = new ArrayList<>();
    int sent;

    @Test
    void malformedBodiesGet4xxAndChangeNothing() throws Exception {
        World w = new World();
        Browser hr = Browser.hr();
        Browser me = w.meBrowser();
        Browser customer = Browser.anonymous();
        customer.get("/f/" + w.token);
        hr.get("/login");
        me.get("/login");
        List<String> before = World.fingerprint();
        long started = System.nanoTime();

        for (Routes.Route route : Routes.posts()) {
            Map<String, String> fields = FormInputs.valid(route.template(), w);
            Browser who = switch (route.access()) {
                case HR -> hr;
                case EMPLOYEE, SIGNED_IN -> me;
                case PUBLIC -> customer;
            };
            String path = w.path(route.template());
            if (route.api()) {
                if (route.template().endsWith("/open") || route.template().endsWith("/close")) {
                    continue;
                }
                for (int i = 0; i < BODIES_PER_ROUTE; i++) {
                    json(route, path, who);
                }
            } else if (!fields.isEmpty() || route.template().equals(Requests.MULTIPART)) {
                for (int i = 0; i < BODIES_PER_ROUTE; i++) {
                    form(route, path, who, fields);
                }
            }
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Fuzzing: %d bodies in %.1f s%n", sent, seconds);
        assertTrue(sent >= 1500, "thousands of bodies: " + sent);
        Map<String, Long> kinds = failures.stream().collect(java.util.stream.Collectors.groupingBy(
                f -> f.substring(0, f.indexOf(" for ")), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        assertTrue(failures.isEmpty(), failures.size() + " answers were not 4xx: " + kinds + "\n"
                + String.join("\n", failures.stream().sorted().limit(8).toList()));
        assertEquals(before, World.fingerprint());
    }

    private void form(Routes.Route route, String path, Browser who, Map<String, String> fields) throws Exception {
        String csrf = "csrf=" + who.cookie("twoway_csrf");
        byte[] body;
        String type = "application/x-www-form-urlencoded";
        switch (random.nextInt(6)) {
            case 0 -> { // every field far too long, or not a number where one is wanted
                StringBuilder form = new StringBuilder(csrf);
                fields.keySet().forEach(k -> form.append('&').append(k).append('=').append(encode(junk(2100 + random.nextInt(3000)))));
                body = bytes(form.toString());
            }
            case 1 -> { // the fields missing, others in their place
                StringBuilder form = new StringBuilder(csrf);
                for (int i = random.nextInt(5); i >= 0; i--) {
                    form.append('&').append(encode(junk(1 + random.nextInt(12)))).append('=').append(encode(junk(random.nextInt(50))));
                }
                body = bytes(form.toString());
            }
            case 2 -> { // not UTF-8, and the fields missing
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(bytes(csrf + "&" + encode(junk(6)) + "="));
                for (byte b : INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]) {
                    out.writeBytes(bytes(random.nextBoolean() ? String.format("%%%02X", b & 0xff) : ""));
                    if (random.nextBoolean()) {
                        out.write(b);
                    }
                }
                body = out.toByteArray();
            }
            case 3 -> { // raw bytes, broken escapes
                byte[] raw = new byte[1 + random.nextInt(2000)];
                random.nextBytes(raw);
                body = concat(bytes(csrf + "&%zz&=&&%"), raw);
            }
            case 4 -> { // one field beyond the size any field may have
                String key = fields.isEmpty() ? "file" : List.copyOf(fields.keySet()).get(random.nextInt(fields.size()));
                body = bytes(csrf + "&" + key + "=" + "x".repeat(40_000 + random.nextInt(10_000)));
            }
            default -> { // the wrong content type
                type = random.nextBoolean() ? "application/json" : "text/plain";
                body = bytes("{\"" + junk(5) + "\": " + random.nextInt() + "}");
            }
        }
        if (route.template().equals(Requests.MULTIPART) && random.nextBoolean()) {
            type = "multipart/form-data; boundary=fuzz";
            body = concat(bytes("--fuzz\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + who.cookie("twoway_csrf")
                    + "\r\n--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n\r\n"), 
                    concat(randomBytes(), bytes(random.nextBoolean() ? "\r\n--fuzz--\r\n" : "")));
        }
        send(route, path, who, type, body);
    }

    private void json(Routes.Route route, String path, Browser who) throws Exception {
        boolean list = route.template().endsWith("/effort");
        byte[] body = switch (random.nextInt(8)) {
            case 0 -> bytes("{\"name\": \"" + junk(20)).clone(); // cut short
            case 1 -> bytes(list ? "{\"employee\": []}" : "[{\"name\": \"x\"}]"); // the wrong shape
            case 2 -> bytes(list ? "[{\"employee\": {}, \"customer\": [], \"hours\": {}}]"
                    : "{\"name\": {\"a\": 1}, \"email\": [1], \"process\": {}, \"customer\": [], \"ref\": {}, \"startsOn\": {}}");
            case 3 -> bytes(list ? "[{}, null, 1, \"x\"]" : "{\"" + junk(8) + "\": " + random.nextInt() + "}"); // fields missing
            case 4 -> bytes("[".repeat(3000) + "]".repeat(3000)); // nested too deep
            case 5 -> concat(bytes("{\"name\": \""), concat(INVALID_UTF8[random.nextInt(INVALID_UTF8.length)], bytes("\"}")));
            case 6 -> bytes("{\"name\": \"" + "y".repeat(20_000 + random.nextInt(20_000)) + "\", \"hours\": 1e400}"); // too big
            default -> randomBytes();
        };
        String type = random.nextInt(10) == 0 ? "text/plain" : "application/json";
        send(route, path, who, type, body);
    }

    private void send(Routes.Route route, String path, Browser who, String type, byte[] body) throws Exception {
        StringBuilder cookies = new StringBuilder("twoway_csrf=" + who.cookie("twoway_csrf"));
        if (who.cookie("twoway_session") != null) {
            cookies.append("; twoway_session=").append(who.cookie("twoway_session"));
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type).header("Cookie", cookies.toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        sent++;
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            String shown = new String(body, StandardCharsets.UTF_8);
            failures.add(route + " " + status + " for " + type + " " + shown.substring(0, Math.min(160, shown.length()))
                    + " → " + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    /** Text of every kind: letters, markup, quotes, control characters, emoji, SQL. */
    private String junk(int length) {
        String[] pieces = {"a", "Z", "9", " ", "<", ">", "\"", "'", "&", "=", "%", "\\", "\n", "\t", "\u0000", "é", "😀",
                "漢", "' OR 1=1 --", "{", "}", "[", "]", ";", "\u202e"};
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private byte[] randomBytes() {
        byte[] raw = new byte[1 + random.nextInt(3000)];
        random.nextBytes(raw);
        return raw;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
