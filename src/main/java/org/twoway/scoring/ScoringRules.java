package org.twoway.scoring;

/**
 * The thresholds of scoring.md. The caller reads them from {@code twoway.scoring.*}, the loop's three from
 * {@code twoway.loop.*}; {@link #defaults()} is the one place their defaults are written, for a setting left
 * out as for the tests.
 *
 * @param priorWeight        m, how many "average" responses an employee's score starts from
 * @param minResponses       responses an employee needs before their score is shown and ranked
 * @param minGroupResponses  responses a team or process needs before its CS is shown
 * @param anonymityThreshold distinct reporters a team or process needs before its EX is shown
 * @param quadrantThreshold  the CS and EX level (0..1) that counts as "high" for the quadrants
 * @param overServeTolerance share of the entitlement a customer may receive on top of it
 * @param minHours           hours below which effort is too small to judge concentration
 * @param concentrationShare share of an employee's hours on one customer that counts as concentration
 * @param dominanceShare     share of a customer's hours by one employee that counts as dominance
 * @param loyaltyGap         how far (0..1) a customer rates the person above the company
 * @param bypassShare        share of responses saying "a manager or the owner directly"
 * @param minFollowUps       follow-ups (or contacted ones, or answers again) a share of the loop needs before it is shown
 * @param loopShare          share of follow-ups contacted on time below which a team does not close the loop
 * @param interveneShare     share of first contacts made by others than the owner from which the boss intervenes
 * @param minSpecial         special situations (not declined) a customer needs in a cycle before their growth is flagged
 */
public record ScoringRules(
        int priorWeight,
        int minResponses,
        int minGroupResponses,
        int anonymityThreshold,
        double quadrantThreshold,
        double overServeTolerance,
        double minHours,
        double concentrationShare,
        double dominanceShare,
        double loyaltyGap,
        double bypassShare,
        int minFollowUps,
        double loopShare,
        double interveneShare,
        int minSpecial) {

    private static final String PREFIX = "twoway.scoring.";
    private static final String LOOP = "twoway.loop.";

    public ScoringRules {
        atLeast(PREFIX + "prior-weight", priorWeight, 1);
        atLeast(PREFIX + "min-responses", minResponses, 1);
        atLeast(PREFIX + "min-group-responses", minGroupResponses, 1);
        if (anonymityThreshold < 3) {
            throw new IllegalArgumentException(PREFIX + "anonymity-threshold must be at least 3: with two people,"
                    + " a shared figure and one's own report give away the other's");
        }
        between0And1(PREFIX + "quadrant-threshold", quadrantThreshold);
        atLeastZero(PREFIX + "over-serve-tolerance", overServeTolerance);
        atLeastZero(PREFIX + "min-hours", minHours);
        between0And1(PREFIX + "concentration-share", concentrationShare);
        between0And1(PREFIX + "dominance-share", dominanceShare);
        between0And1(PREFIX + "loyalty-gap", loyaltyGap);
        between0And1(PREFIX + "bypass-share", bypassShare);
        atLeast(LOOP + "min-follow-ups", minFollowUps, 1);
        between0And1(LOOP + "loop-share", loopShare);
        between0And1(LOOP + "intervene-share", interveneShare);
        atLeast(PREFIX + "min-special", minSpecial, 1);
    }

    /** The defaults written in scoring.md. */
    public static ScoringRules defaults() {
        return new ScoringRules(3, 3, 5, 3, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 0.3, 3, 0.8, 0.3, 2);
    }

    private static void atLeast(String setting, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(setting + " must be at least " + minimum);
        }
    }

    private static void atLeastZero(String setting, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(setting + " must be a number of at least 0");
        }
    }

    private static void between0And1(String setting, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(setting + " must be between 0 and 1");
        }
    }
}
