package org.twoway;

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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged app ({@code java -jar}, production profile) as an operator starts it, for integration tests. */
public final class PackagedApp {

    public static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static void dropDatabase(String db) throws SQLException {
        try (var connection = DriverManager.getConnection(SERVER, "root", "");
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + db);
        }
    }

    /** Everything production needs, on a free port, against the database {@code db}. */
    public static Map<String, String> productionEnv(String db) {
        Map<String, String> env = new HashMap<>();
        env.put("TWOWAY_DB_HOST", "127.0.0.1");
        env.put("TWOWAY_DB_NAME", db);
        env.put("TWOWAY_DB_JDBC_OPTIONS", "&createDatabaseIfNotExist=true");
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

    public static PackagedApp start(Map<String, String> env) throws IOException {
        Path log = Files.createTempFile("twoway-app", ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", System.getProperty("twoway.jar"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("TWOWAY_") || name.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        return new PackagedApp(builder.start(), log, Integer.parseInt(env.get("QUARKUS_HTTP_PORT")));
    }

    public int waitForExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The app kept running instead of refusing to start:\n" + output());
        }
        return process.exitValue();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> awaitReady(HttpClient http) throws InterruptedException {
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

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** Stops the app as an operator would (SIGTERM), forcibly after 20 seconds. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Kills the app at once (SIGKILL), as a power cut or the out-of-memory killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }
}
