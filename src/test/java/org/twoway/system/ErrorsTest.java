package org.twoway.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    @Test
    void aDatabaseOutOfReachIsTold503WhereverItHidesInTheCauses() {
        assertTrue(Errors.databaseUnreachable(new IllegalStateException(new SQLTransientConnectionException("refused"))));
        assertTrue(Errors.databaseUnreachable(new RuntimeException("wrapped",
                new SQLException("Communications link failure", "08S01"))));
        assertTrue(Errors.databaseUnreachable(new SQLException("Sorry, acquisition timeout!")));
        assertFalse(Errors.databaseUnreachable(new SQLException("Duplicate entry", "23000")));
        assertFalse(Errors.databaseUnreachable(new IllegalStateException("a bug of ours")));
    }
}
