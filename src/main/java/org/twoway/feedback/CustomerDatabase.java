package org.twoway.feedback;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.JksOptions;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.mysqlclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer's pages' own way into the database: a small pool of the non-blocking MySQL client, so that
 * opening a link and storing its answers take no thread while the database works. It connects to the same
 * database as the rest of the app ({@code quarkus.datasource.*}); {@code twoway.feedback.lookup-connections}
 * sets its size.
 */
@ApplicationScoped
class CustomerDatabase {

    private final Pool pool;
    private final long timeoutMillis;

    CustomerDatabase(Vertx vertx, FeedbackConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        MySQLConnectOptions connection = options(url).setUser(user).setPassword(password.orElse(""));
        this.pool = MySQLBuilder.pool()
                .with(new PoolOptions().setMaxSize(config.lookupConnections()).setConnectionTimeout(5)
                        .setConnectionTimeoutUnit(TimeUnit.SECONDS))
                .connectingTo(connection)
                .using(vertx)
                .build();
        this.timeoutMillis = config.databaseTimeout().toMillis();
    }

    Pool pool() {
        return pool;
    }

    /**
     * What the database answers, as the pages wait for it: a refused statement fails it as a fault (500); a
     * connection refused, broken or not to be had in time, or no answer within {@code
     * twoway.feedback.database-timeout}, as the database out of reach (503).
     */
    <T> CompletionStage<T> answer(Future<T> result, String what) {
        return answer(result, what, timeoutMillis);
    }

    static <T> CompletionStage<T> answer(Future<T> result, String what, long timeoutMillis) {
        return result.recover(failure -> failed(what, failure)).toCompletionStage().toCompletableFuture()
                .orTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    if (failure instanceof TimeoutException) {
                        throw new CompletionException(new SQLTransientConnectionException(
                                "The database did not answer within " + timeoutMillis + " ms", failure));
                    }
                    throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
                });
    }

    /**
     * A failure as the pages answer it: the database refusing a statement is a fault (500); anything else, a
     * connection refused, broken or not to be had in time, is the database out of reach
     * ({@link SQLTransientConnectionException}, 503).
     */
    private static <T> Future<T> failed(String what, Throwable failure) {
        return Future.failedFuture(failure instanceof MySQLException
                ? new IllegalStateException("Could not " + what, failure)
                : new SQLTransientConnectionException("The database is out of reach", failure));
    }

    /**
     * The JDBC address as the non-blocking client takes it: host, port and database, and the JDBC URL's
     * {@code sslMode} (Connector/J's default, PREFERRED, when it names none); VERIFY_CA and VERIFY_IDENTITY
     * check the server's certificate against the JVM's trust store, as Connector/J does. The URL's other
     * settings are Connector/J's own.
     */
    static MySQLConnectOptions options(String jdbcUrl) {
        String[] parts = jdbcUrl.replaceFirst("^jdbc:(mysql|mariadb):", "mysql:").split("\\?", 2);
        SslMode ssl = SslMode.PREFERRED;
        for (String setting : parts.length > 1 ? parts[1].split("&") : new String[0]) {
            if (setting.regionMatches(true, 0, "sslMode=", 0, "sslMode=".length())) {
                ssl = SslMode.of(setting.substring("sslMode=".length()).toUpperCase(Locale.ROOT));
            }
        }
        MySQLConnectOptions options = MySQLConnectOptions.fromUri(parts[0])
                .setCharset("utf8mb4")
                .setCachePreparedStatements(true)
                .setSslMode(ssl);
        options.setConnectTimeout(3_000);
        if (ssl == SslMode.VERIFY_CA || ssl == SslMode.VERIFY_IDENTITY) {
            options.setTrustOptions(new JksOptions()
                    .setPath(System.getProperty("javax.net.ssl.trustStore", System.getProperty("java.home") + "/lib/security/cacerts"))
                    .setPassword(System.getProperty("javax.net.ssl.trustStorePassword", "changeit")));
            options.setHostnameVerificationAlgorithm(ssl == SslMode.VERIFY_IDENTITY ? "HTTPS" : "");
        }
        return options;
    }

    @PreDestroy
    void close() {
        pool.close();
    }
}
