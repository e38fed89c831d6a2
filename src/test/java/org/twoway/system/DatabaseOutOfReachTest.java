package org.twoway.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/**
 * The pool's own failures, as the real pool (Agroal, the one Quarkus runs) throws them and Hibernate wraps them: a
 * database that hangs rather than dies leaves the pages waiting for a connection, which is the database out of
 * reach (503), not an incident of ours.
 */
class DatabaseOutOfReachTest {

    @Test
    void noConnectionFromAFullPoolInTimeIsTheDatabaseOutOfReach() throws Exception {
        try (AgroalDataSource pool = pool("jdbc:mysql://127.0.0.1:3306/?connectTimeout=3000");
                Connection held = pool.getConnection()) {
            SQLException timeout = assertThrows(SQLException.class, pool::getConnection);
            assertTrue(Errors.databaseUnreachable(new GenericJDBCException("Unable to acquire JDBC Connection", timeout)),
                    timeout.toString());
        }
    }

    @Test
    void aDatabaseThatAcceptsButNeverAnswersIsOutOfReach() throws Exception {
        try (ServerSocket silent = new ServerSocket(0);
                AgroalDataSource pool = pool("jdbc:mysql://127.0.0.1:" + silent.getLocalPort() + "/?socketTimeout=5000")) {
            SQLException timeout = assertThrows(SQLException.class, pool::getConnection);
            assertTrue(Errors.databaseUnreachable(new GenericJDBCException("Unable to acquire JDBC Connection", timeout)),
                    timeout.toString());
        }
    }

    @Test
    void aStatementTheDatabaseRefusesIsNot() throws Exception {
        try (AgroalDataSource pool = pool("jdbc:mysql://127.0.0.1:3306/?connectTimeout=3000");
                Connection connection = pool.getConnection()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> connection.createStatement().execute("select * from no_such_schema.no_such_table"));
            assertFalse(Errors.databaseUnreachable(new GenericJDBCException("could not execute statement", refused)),
                    refused.toString());
        }
    }

    private static AgroalDataSource pool(String url) throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(1).acquisitionTimeout(Duration.ofMillis(300))
                        .connectionFactoryConfiguration(factory -> factory.jdbcUrl(url)
                                .principal(new NamePrincipal("root")))));
    }
}
