package org.twoway.loop;

/** What happened to a follow-up after it opened, as its history shows it. */
public enum EventKind {
    OWNER, SUPPORT, CONTACT, CLOSE
}
