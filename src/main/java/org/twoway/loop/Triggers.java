package org.twoway.loop;

/** Whether an answer opens a follow-up (loop.md 1): a low rating of the person or the company, an escalation, or a call back asked for. */
final class Triggers {

    private Triggers() {
    }

    /** q1..q4 are the ratings 1..5 in the form's order; {@code firstContact} is PERSON, CHANNEL or ESCALATE. */
    static boolean opensFollowUp(int lowScore, int q1, int q2, int q3, int q4, String firstContact, boolean callBack) {
        return Math.min(q1, Math.min(q2, q3)) <= lowScore || q4 <= lowScore || "ESCALATE".equals(firstContact) || callBack;
    }
}
