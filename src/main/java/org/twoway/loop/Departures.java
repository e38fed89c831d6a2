package org.twoway.loop;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.people.CurrentAccount;
import org.twoway.people.Employee;
import org.twoway.people.Handover;

/**
 * When an employee leaves, their customers' open follow-ups stay with the business: each becomes unowned (its
 * history keeps who had it) and waits on HR's cycle page and the hand-over page until HR chooses a colleague.
 */
@ApplicationScoped
class Departures implements Handover {

    private final CurrentAccount me;
    private final AuditLog audit;

    Departures(CurrentAccount me, AuditLog audit) {
        this.me = me;
        this.audit = audit;
    }

    @Override
    public void leave(Employee employee) {
        for (FollowUp followUp : FollowUp.listOwnedInOpenCycles(employee.id)) {
            FollowUpEvent.record(followUp, EventKind.OWNER, me.get(), employee, null);
            audit.record(AuditAction.FOLLOW_UP_UNOWNED, FollowUps.describe(followUp) + ", left by " + employee.name);
            followUp.owner = null;
        }
    }

    @Override
    public Optional<String> waiting(Employee employee) {
        return FollowUp.anyLeftBy(employee.id) ? Optional.of(LoopUris.handover(employee.id)) : Optional.empty();
    }
}
