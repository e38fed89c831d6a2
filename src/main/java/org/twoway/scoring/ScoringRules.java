package org.twoway.scoring;

/**
 * The thresholds of scoring.md. The caller reads them from {@code twoway.scoring.*}; {@link #defaults()}
 * is the one place their defaults are written, for a setting left out as for the tests.
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
        double bypassShare) {

    private static final String PREFIX = "twoway.scoring.";

    public ScoringRules {
        atLeast("prior-weight", priorWeight, 1);
        atLeast("min-responses", minResponses, 1);
        atLeast("min-group-responses", minGroupResponses, 1);
        if (anonymityThreshold < 3) {
            throw new IllegalArgumentException(PREFIX + "anonymity-threshold must be at least 3: with two people,"
                    + " a shared figure and one's own report give away the other's");
        }
        between0And1("quadrant-threshold", quadrantThreshold);
        atLeastZero("over-serve-tolerance", overServeTolerance);
        atLeastZero("min-hours", minHours);
        between0And1("concentration-share", concentrationShare);
        between0And1("dominance-share", dominanceShare);
        between0And1("loyalty-gap", loyaltyGap);
        between0And1("bypass-share", bypassShare);
    }

    /** The defaults written in scoring.md. */
    public static ScoringRules defaults() {
        return new ScoringRules(3, 3, 5, 3, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 0.3);
    }

    private static void atLeast(String setting, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(PREFIX + setting + " must be at least " + minimum);
        }
    }

    private static void atLeastZero(String setting, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(PREFIX + setting + " must be a number of at least 0");
        }
    }

    private static void between0And1(String setting, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(PREFIX + setting + " must be between 0 and 1");
        }
    }
}
