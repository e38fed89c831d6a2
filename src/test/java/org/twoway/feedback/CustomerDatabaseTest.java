package org.twoway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer's pages' pool reaches the very database, server and account that the app's JDBC pool reaches. */
@QuarkusTest
class CustomerDatabaseTest {

    private static final String WHERE = "SELECT DATABASE(), @@hostname, @@port, CURRENT_USER(), @@character_set_client";

    @Inject
    CustomerDatabase database;

    @Inject
    AgroalDataSource jdbc;

    @Test
    void bothPoolsReachTheSameDatabaseAsTheSameUser() throws SQLException {
        List<Object> reactive = database.answer(database.pool().query(WHERE).execute()
                .map(rows -> {
                    var row = rows.iterator().next();
                    return List.<Object>of(row.getString(0), row.getString(1), row.getInteger(2), row.getString(3), row.getString(4));
                }), "ask where it is").toCompletableFuture().join();

        try (var connection = jdbc.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(WHERE)) {
            rows.next();
            assertEquals(List.of(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4), "utf8mb4"), reactive);
        }
    }
}
