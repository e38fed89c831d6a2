package org.twoway.feedback;

import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The customer's pages' own way into the database: the non-blocking MySQL pool of Quarkus' reactive client
 * ({@code quarkus.datasource.reactive.*}, set from the same {@code TWOWAY_DB_*} settings as the app's JDBC
 * pool), so that opening a link and storing its answers take no thread while the database works.
 */
@ApplicationScoped
class CustomerDatabase {

    private final Pool pool;
    private final long timeoutMillis;

    CustomerDatabase(Pool pool, FeedbackConfig config) {
        this.pool = pool;
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
}
