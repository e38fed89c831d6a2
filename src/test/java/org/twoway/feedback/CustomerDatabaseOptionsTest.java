package org.twoway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.SslMode;
import org.junit.jupiter.api.Test;

/** The customer's page's own pool reaches the database the JDBC URL names, as securely as Connector/J would. */
class CustomerDatabaseOptionsTest {

    @Test
    void takesHostPortAndDatabaseAndLeavesConnectorJSettingsAlone() {
        MySQLConnectOptions options = CustomerDatabase.options(
                "jdbc:mysql://db.internal:3307/twoway?characterEncoding=UTF-8&rewriteBatchedStatements=true");

        assertEquals("db.internal", options.getHost());
        assertEquals(3307, options.getPort());
        assertEquals("twoway", options.getDatabase());
        assertEquals("utf8mb4", options.getCharset());
        assertEquals(SslMode.PREFERRED, options.getSslMode());
        assertNull(options.getTrustOptions());
    }

    @Test
    void keepsTheSslModeOfTheJdbcUrl() {
        assertEquals(SslMode.DISABLED, CustomerDatabase.options("jdbc:mysql://db/twoway?sslMode=DISABLED").getSslMode());
        assertEquals(SslMode.REQUIRED, CustomerDatabase.options("jdbc:mariadb://db/twoway?x=1&sslmode=required").getSslMode());

        MySQLConnectOptions verified = CustomerDatabase.options("jdbc:mysql://db/twoway?sslMode=VERIFY_IDENTITY");
        assertEquals(SslMode.VERIFY_IDENTITY, verified.getSslMode());
        assertNotNull(verified.getTrustOptions());
        assertEquals("HTTPS", verified.getHostnameVerificationAlgorithm());
    }
}
