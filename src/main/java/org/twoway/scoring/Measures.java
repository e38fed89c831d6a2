package org.twoway.scoring;

/**
 * The measures of scoring.md, computed from exact integer sums so that the order of the inputs
 * cannot change a result.
 */
final class Measures {

    private Measures() {
    }

    /** norm(x) = (x - 1) / 4 maps a 1..5 answer to 0..1. */
    static double norm(double answer) {
        return (answer - 1) / 4;
    }

    /** The mean of s(r) = (q1 + q2 + q3) / 3 over n responses. */
    static double meanS(long sumQ123, long n) {
        return sumQ123 / (3.0 * n);
    }

    /** The mean of norm(s(r)) over n responses. */
    static double meanNormS(long sumQ123, long n) {
        return norm(meanS(sumQ123, n));
    }

    /** The mean of norm(k(r)) = norm(q4) over n responses. */
    static double meanNormK(long sumQ4, long n) {
        return norm((double) sumQ4 / n);
    }

    /** S(e) = (m * mu + sum of s(r)) / (m + n(e)). */
    static double shrunkScore(int priorWeight, double cycleMean, long sumQ123, long n) {
        return (priorWeight * cycleMean + sumQ123 / 3.0) / (priorWeight + n);
    }

    /** EX = 1 - mean of norm(f), f being the mean of a report's five friction ratings. */
    static double experience(long frictionSum, long reports) {
        return 1 - norm(frictionSum / (5.0 * reports));
    }

    /** 2 * CS * EX / (CS + EX): high only when both are; 0 when both are 0; null if either is null. */
    static Double andScore(Double cs, Double ex) {
        if (cs == null || ex == null) {
            return null;
        }
        if (cs + ex == 0) {
            return 0.0;
        }
        return 2 * cs * ex / (cs + ex);
    }
}
