package org.twoway.scoring;

/** The flags of scoring.md, in the order of its table. */
public enum FlagCode {
    OVER_SERVED_CLIENT,
    CLIENT_CONCENTRATION,
    KEY_PERSON_DEPENDENCY,
    ESCALATION_BYPASS,
    PEOPLE_FIRST_GAP
}
