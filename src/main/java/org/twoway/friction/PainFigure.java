package org.twoway.friction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.twoway.people.Team;
import org.twoway.system.AutoIdEntity;

/**
 * One group's pain figures as its cycle published them when it closed: sums, so that the means are
 * exact, and null throughout for a group hidden to protect anonymity. Never changed after.
 */
@Entity
@Table(name = "pain_figures")
public class PainFigure extends AutoIdEntity {

    /** The company; a team; a process; a team on one process (which decides only where ideas may be named). */
    public enum Kind { COMPANY, TEAM, PROCESS, CELL }

    @Column(name = "cycle_id", nullable = false)
    public Long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Kind kind;

    @ManyToOne
    @JoinColumn(name = "team_id")
    public Team team;

    @ManyToOne
    @JoinColumn(name = "process_id")
    public BusinessProcess process;

    public Integer reporters;
    public Integer reports;

    @Column(name = "time_wasted")
    public Integer timeWasted;

    public Integer tools;
    public Integer handoffs;
    public Integer rules;

    @Column(name = "customer_pressure")
    public Integer customerPressure;

    @Column(name = "hours_lost", precision = 9, scale = 1)
    public BigDecimal hoursLost;

    public boolean shown() {
        return reporters != null;
    }
}
