package org.twoway.effort;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.IntConsumer;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.Refusal;

/**
 * Writes many effort entries at once: plain JDBC batches (the driver rewrites each batch into
 * multi-row inserts) in one transaction, so that a batch lands whole or not at all. The cycle's row
 * is share-locked meanwhile (through cycles/, in the same transaction and so on the same connection), so
 * the cycle cannot close halfway through an import.
 */
@ApplicationScoped
class EffortInserter {

    static final int BATCH = 5_000;
    private static final int TIMEOUT_SECONDS = 600;

    private final AgroalDataSource dataSource;
    private final AuditLog audit;

    EffortInserter(AgroalDataSource dataSource, AuditLog audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** Inserts every row or none, recorded in the audit log as the actor's; reports the rows written so far after each batch. */
    void insert(long cycleId, EffortRows rows, String source, String actor, IntConsumer progress) {
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            requireOpen(cycleId);
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO effort_entry"
                        + " (cycle_id, employee_id, customer_id, hours, source) VALUES (?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < rows.size(); i++) {
                        insert.setLong(1, cycleId);
                        insert.setLong(2, rows.employee(i));
                        insert.setLong(3, rows.customer(i));
                        insert.setBigDecimal(4, rows.hours(i));
                        insert.setString(5, source);
                        insert.addBatch();
                        if ((i + 1) % BATCH == 0 || i + 1 == rows.size()) {
                            insert.executeBatch();
                            progress.accept(i + 1);
                        }
                    }
                }
                audit.record(actor, AuditAction.EFFORT_IMPORTED, rows.size() + " entries into cycle " + cycleId
                        + " (" + source + ")");
            } catch (SQLException e) {
                throw new IllegalStateException("Inserting effort into cycle " + cycleId + " failed", e);
            }
        });
    }

    private static void requireOpen(long cycleId) {
        ReviewCycle cycle = ReviewCycle.lock(cycleId, false);
        if (!cycle.isOpen()) {
            throw Refusal.wrongState("The cycle “" + cycle.name + "” is not open: effort can be added only to the open cycle.");
        }
    }
}
