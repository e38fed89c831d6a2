package org.twoway.friction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.system.AutoIdEntity;

/**
 * One employee's friction ratings of one process in one cycle. An anonymous report holds no
 * employee, only the reporter's team and the reporter key (see {@link ReporterKeys}); a named one
 * holds the employee as well.
 */
@Entity
@Table(name = "pain_report")
public class PainReport extends AutoIdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    public ReviewCycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "process_id")
    public BusinessProcess process;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    /** Null for an anonymous report. */
    @ManyToOne
    @JoinColumn(name = "employee_id")
    public Employee employee;

    @Column(name = "reporter_key", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    public String reporterKey;

    @JdbcTypeCode(SqlTypes.TINYINT)
    @Column(name = "time_wasted", nullable = false)
    public int timeWasted;

    @JdbcTypeCode(SqlTypes.TINYINT)
    @Column(nullable = false)
    public int tools;

    @JdbcTypeCode(SqlTypes.TINYINT)
    @Column(nullable = false)
    public int handoffs;

    @JdbcTypeCode(SqlTypes.TINYINT)
    @Column(nullable = false)
    public int rules;

    @JdbcTypeCode(SqlTypes.TINYINT)
    @Column(name = "customer_pressure", nullable = false)
    public int customerPressure;

    @Column(name = "hours_lost_per_week", nullable = false, precision = 4, scale = 1)
    public BigDecimal hoursLostPerWeek;

    @Column(length = 2000)
    public String fix;

    public boolean anonymous;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<PainReport> findByReporter(ReviewCycle cycle, BusinessProcess process, String reporterKey) {
        return find("cycle = ?1 and process = ?2 and reporterKey = ?3", cycle, process, reporterKey).firstResultOptional();
    }

    /** The reporter's own reports in a cycle, found by their reporter key. */
    public static List<PainReport> listByReporter(ReviewCycle cycle, String reporterKey) {
        return list("from PainReport r join fetch r.process where r.cycle = ?1 and r.reporterKey = ?2 order by r.process.name",
                cycle, reporterKey);
    }

    /** The reports whose reporter keys are among the given ones, across cycles, newest cycle first. */
    public static List<PainReport> listByReporterKeys(Collection<String> reporterKeys) {
        if (reporterKeys.isEmpty()) {
            return List.of();
        }
        return list("from PainReport r join fetch r.process join fetch r.cycle where r.reporterKey in ?1"
                + " order by r.cycle.startsOn desc, r.cycle.id desc, r.process.name", reporterKeys);
    }
}
