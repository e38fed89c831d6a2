package org.twoway.loop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.twoway.people.Employee;
import org.twoway.people.UserAccount;
import org.twoway.system.AutoIdEntity;

/**
 * One step in a follow-up's history after it opened: its owner changed ({@code from} → {@code employee}, either
 * null for unowned), a colleague or HR asked to join ({@code employee}, null for HR), the first contact, the close.
 */
@Entity
@Table(name = "follow_up_event")
public class FollowUpEvent extends AutoIdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "follow_up_id")
    public FollowUp followUp;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EventKind kind;

    /** Who did it; null when the app did (an owner's deactivation). */
    @ManyToOne
    @JoinColumn(name = "actor_id")
    public UserAccount actor;

    @ManyToOne
    @JoinColumn(name = "from_owner_id")
    public Employee from;

    @ManyToOne
    @JoinColumn(name = "employee_id")
    public Employee employee;

    static FollowUpEvent record(FollowUp followUp, EventKind kind, UserAccount actor, Employee from, Employee employee) {
        FollowUpEvent event = new FollowUpEvent();
        event.followUp = followUp;
        event.at = Instant.now();
        event.kind = kind;
        event.actor = actor;
        event.from = from;
        event.employee = employee;
        event.persist();
        return event;
    }

    /** Whether the employee was asked to join the follow-up. */
    static boolean isSupporter(long followUpId, long employeeId) {
        return count("followUp.id = ?1 and kind = ?2 and employee.id = ?3", followUpId, EventKind.SUPPORT, employeeId) > 0;
    }

    /** A follow-up's history, oldest first. */
    public static List<FollowUpEvent> history(long followUpId) {
        return list("from FollowUpEvent e where e.followUp.id = ?1 order by e.id", followUpId);
    }
}
