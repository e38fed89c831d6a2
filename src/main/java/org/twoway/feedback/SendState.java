package org.twoway.feedback;

/**
 * Where a link's invitation email is: not asked for, waiting for the mailer, being sent (claimed by one
 * worker), sent, or failed (the error is kept and HR may retry).
 */
public enum SendState {
    unsent, queued, sending, sent, failed
}
