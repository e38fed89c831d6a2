package org.twoway.feedback;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.core.net.JksOptions;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.mysqlclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
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
     * What the database answers, as the pages wait for it. A failure is told apart as the app's pages tell it
     * apart ({@code system/Errors}): a connection refused, broken or not to be had in time, or no answer within
     * {@code twoway.feedback.database-timeout}, is the database out of reach
     * ({@link SQLTransientConnectionException}, 503); a statement the database refuses is a fault (500), and
     * so is anything else.
     */
    <T> CompletionStage<T> answer(Future<T> result, String what) {
        return answer(result, what, timeoutMillis);
    }

    static <T> CompletionStage<T> answer(Future<T> result, String what, long timeoutMillis) {
        return result.toCompletionStage().toCompletableFuture()
                .orTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    throw new CompletionException(asPageFailure(failure, what, timeoutMillis));
                });
    }

    private static Throwable asPageFailure(Throwable failure, String what, long timeoutMillis) {
        if (failure instanceof MySQLException) {
            return new IllegalStateException("Could not " + what, failure);
        }
        if (failure instanceof TimeoutException) {
            return new SQLTransientConnectionException("The database did not answer within " + timeoutMillis + " ms", failure);
        }
        // The client's connection failures: refused, broken, TLS, or none from the pool in time.
        if (failure instanceof VertxException || failure instanceof IOException) {
            return new SQLTransientConnectionException("The database is out of reach", failure);
        }
        return failure;
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
