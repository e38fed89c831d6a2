package org.twoway.scoring;

/** The flags of scoring.md, in the order of its tables. */
public enum FlagCode {
    OVER_SERVED_CLIENT,
    CLIENT_CONCENTRATION,
    KEY_PERSON_DEPENDENCY,
    ESCALATION_BYPASS,
    PEOPLE_FIRST_GAP,
    LOOP_NOT_CLOSED,
    BOSS_INTERVENES,
    SPECIAL_SITUATIONS_GROWING,
    PAIN_UNANSWERED
}
