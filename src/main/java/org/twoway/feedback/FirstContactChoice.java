package org.twoway.feedback;

/** Whom a customer contacts first when something goes wrong: the person, the usual channel, or over their head. */
public enum FirstContactChoice {
    PERSON, CHANNEL, ESCALATE
}
