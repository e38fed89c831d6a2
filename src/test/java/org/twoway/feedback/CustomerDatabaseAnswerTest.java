package org.twoway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VertxException;
import io.vertx.mysqlclient.MySQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** How the customer's pages take what their database pool answers: 503 for an outage, 500 for a fault of ours. */
class CustomerDatabaseAnswerTest {

    @Test
    void aDatabaseThatDoesNotAnswerInTimeIsOutOfReach() {
        Future<String> never = Promise.<String>promise().future();

        CompletionException e = assertThrows(CompletionException.class,
                () -> CustomerDatabase.answer(never, "look up a link", 50).toCompletableFuture().join());

        assertInstanceOf(SQLTransientConnectionException.class, e.getCause());
    }

    @Test
    void aConnectionRefusedOrBrokenIsOutOfReach() {
        CompletionException e = assertThrows(CompletionException.class, () -> CustomerDatabase
                .answer(Future.failedFuture(new VertxException("Connection refused")), "look up a link", 1_000)
                .toCompletableFuture().join());

        assertInstanceOf(SQLTransientConnectionException.class, e.getCause());
    }

    @Test
    void aStatementTheDatabaseRefusesIsAFault() {
        CompletionException e = assertThrows(CompletionException.class, () -> CustomerDatabase
                .answer(Future.failedFuture(new MySQLException("Unknown column", 1054, "42S22")), "look up a link", 1_000)
                .toCompletableFuture().join());

        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals("Could not look up a link", e.getCause().getMessage());
    }

    @Test
    void aFaultOfOursIsNotTakenForAnOutage() {
        IllegalArgumentException bug = new IllegalArgumentException("a row read wrongly");
        CompletionException e = assertThrows(CompletionException.class, () -> CustomerDatabase
                .answer(Future.failedFuture(bug), "look up a link", 1_000).toCompletableFuture().join());

        assertSame(bug, e.getCause());
    }

    @Test
    void anAnswerInTimePassesThrough() {
        assertEquals("found", CustomerDatabase.answer(Future.succeededFuture("found"), "look up a link", 1_000)
                .toCompletableFuture().join());
    }
}
