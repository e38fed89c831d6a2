package org.twoway.loop;

import jakarta.enterprise.context.ApplicationScoped;
import org.twoway.special.PromiseFollowUps;

/** The loop's answer to special/: whether a promise may name a follow-up as the one it was agreed in. */
@ApplicationScoped
class PromiseLoop implements PromiseFollowUps {

    private final FollowUps followUps;

    PromiseLoop(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public boolean workable(long followUpId, long cycleId, long customerId) {
        FollowUp followUp = FollowUp.lock(followUpId);
        return followUp != null && followUp.cycle.id == cycleId && followUp.customer.id == customerId
                && followUps.mayWork(followUp);
    }
}
