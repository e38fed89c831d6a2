package org.twoway.loop;

/** Where the owner's email about a follow-up is: waiting for the mail queue, being sent, sent, or failed for good. */
public enum MailState {
    queued, sending, sent, failed
}
