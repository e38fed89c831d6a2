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
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twoway.system.Tokens;

/**
 * Finds the link behind a token on the customer's pages: one indexed lookup reading only what the page
 * shows. It is the busiest query of the product (every customer opening a link), so it runs on a small
 * pool of its own through the non-blocking MySQL client, on the thread that serves the request, and
 * loads no entities. A token is looked up only by its hash, whichever address it is: the one issued,
 * or one an email carried ({@link LinkToken}). The pool connects to the same database as the rest of
 * the app ({@code quarkus.datasource.*}).
 */
@ApplicationScoped
public class CustomerLinks {

    /** What tokens look like: URL-safe Base64. Anything else is unknown without asking the database. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

    private static final String FIND = """
            SELECT l.id, e.name, p.name, l.used_at IS NOT NULL, l.revoked_at IS NULL AND c.state = 'open'
            FROM feedback_link l
            JOIN review_cycle c ON c.id = l.cycle_id
            JOIN employee e ON e.id = l.employee_id
            LEFT JOIN business_process p ON p.id = l.process_id
            WHERE l.id = COALESCE((SELECT id FROM feedback_link WHERE token_hash = ?),
                                  (SELECT link_id FROM feedback_link_token WHERE token_hash = ?))
            """;

    /**
     * A link as its customer sees it.
     *
     * @param answered whether it was answered already
     * @param open whether it can still be answered: not answered, not revoked, and its cycle open
     */
    public record CustomerLink(long id, String employee, String process, boolean answered, boolean open) {
    }

    private final Pool pool;

    CustomerLinks(Vertx vertx, FeedbackConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        MySQLConnectOptions connection = options(url).setUser(user).setPassword(password.orElse(""));
        this.pool = MySQLBuilder.pool()
                .with(new PoolOptions().setMaxSize(config.lookupConnections()).setConnectionTimeout(5)
                        .setConnectionTimeoutUnit(TimeUnit.SECONDS))
                .connectingTo(connection)
                .using(vertx)
                .build();
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

    /**
     * The link behind a token, or none. A database out of reach fails it with an
     * {@link SQLTransientConnectionException}, which the pages answer with 503.
     */
    public CompletionStage<Optional<CustomerLink>> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String hash = Tokens.sha256(token);
        return pool.preparedQuery(FIND).execute(Tuple.of(hash, hash))
                .map(CustomerLinks::link)
                .recover(failure -> Future.failedFuture(failure instanceof MySQLException
                        ? new IllegalStateException("Could not look up a feedback link", failure)
                        : new SQLTransientConnectionException("The database is out of reach", failure)))
                .toCompletionStage();
    }

    private static Optional<CustomerLink> link(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        boolean answered = row.getLong(3) == 1;
        return Optional.of(new CustomerLink(row.getLong(0), row.getString(1), row.getString(2), answered,
                !answered && row.getLong(4) == 1));
    }

    @PreDestroy
    void close() {
        pool.close();
    }
}
