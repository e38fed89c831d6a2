package org.twoway.friction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/**
 * One employee's friction ratings of one process in one cycle. An anonymous report holds no
 * employee, only the reporter's team and its key (see {@link ReporterKeys}), which it shares with no
 * other report; a named one holds the employee as well. The key is the primary key, so neither an id
 * nor the order of the rows tells the order of filing, and only the day of filing and changing is kept.
 */
@Entity
@Table(name = "pain_report")
public class PainReport extends PanacheEntityBase {

    @Id
    @Column(name = "report_key", length = 64, columnDefinition = "CHAR(64)")
    public String key;

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

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;

    /** The reports with the given keys, across cycles, newest cycle first, then by process. */
    static List<PainReport> listByKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return list("from PainReport r join fetch r.process join fetch r.cycle where r.key in ?1"
                + " order by r.cycle.startsOn desc, r.cycle.id desc, r.process.name", keys);
    }
}
