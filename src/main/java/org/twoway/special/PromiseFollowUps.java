package org.twoway.special;

/**
 * The follow-up a promise beyond the tier was agreed in (loop.md 3). The loop lives above this package, so special
 * declares what recording such a promise needs to know of a follow-up, and {@code loop/PromiseLoop} answers.
 */
public interface PromiseFollowUps {

    /**
     * Whether the follow-up is one of the customer's in the cycle that the signed-in person may work: its owner, or
     * HR. False for an id of no follow-up. It locks the follow-up until the transaction ends, so that two promises
     * naming it take turns.
     */
    boolean workable(long followUpId, long cycleId, long customerId);
}
