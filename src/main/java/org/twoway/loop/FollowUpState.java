package org.twoway.loop;

/** Where a follow-up stands, as the API filters it: not yet contacted, contacted, or closed. */
public enum FollowUpState {
    open, contacted, closed
}
