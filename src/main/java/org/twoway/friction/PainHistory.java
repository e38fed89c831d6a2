package org.twoway.friction;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Pain reports of an earlier cycle, written as they were filed then (the cycle may be closed since, its
 * figures published when it closed or at the next start): how the demo company gets its history. The report's
 * key is made here, as for any report; plain JDBC on the caller's connection, inside the caller's transaction.
 */
@ApplicationScoped
public class PainHistory {

    /**
     * One report: the five ratings in the order of the questionnaire (time wasted, tools, hand-offs, rules,
     * customer pressure); {@code anonymous} reports store no employee.
     */
    public record Report(long cycleId, long processId, long teamId, long employeeId, int[] ratings, BigDecimal hoursLostPerWeek,
            String fix, boolean anonymous, LocalDate filedOn) {
    }

    private final ReporterKeys reporterKeys;

    PainHistory(ReporterKeys reporterKeys) {
        this.reporterKeys = reporterKeys;
    }

    public void write(Connection connection, Report report) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO pain_report (report_key, cycle_id, process_id, team_id, employee_id, time_wasted, tools,"
                        + " handoffs, rules, customer_pressure, hours_lost_per_week, fix, anonymous, filed_on, changed_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, reporterKeys.of(report.cycleId(), report.processId(), report.employeeId()));
            insert.setLong(2, report.cycleId());
            insert.setLong(3, report.processId());
            insert.setLong(4, report.teamId());
            insert.setObject(5, report.anonymous() ? null : report.employeeId());
            for (int i = 0; i < 5; i++) {
                insert.setInt(6 + i, report.ratings()[i]);
            }
            insert.setBigDecimal(11, report.hoursLostPerWeek());
            insert.setString(12, report.fix());
            insert.setBoolean(13, report.anonymous());
            insert.setObject(14, report.filedOn());
            insert.setObject(15, report.filedOn());
            insert.executeUpdate();
        }
    }
}
