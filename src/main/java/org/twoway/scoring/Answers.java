package org.twoway.scoring;

import java.util.function.Supplier;

/** Checks that summed answers could come from that many 1..5 answers. */
final class Answers {

    private Answers() {
    }

    /** @param what names the responses in the error message; only called when there is an error */
    static void checkSums(Supplier<String> what, long responses, long sumQ123, long sumQ4) {
        if (responses < 1) {
            throw new IllegalArgumentException(what.get() + " must count at least 1 response");
        }
        if (sumQ123 < 3 * responses || sumQ123 > 15 * responses) {
            throw new IllegalArgumentException(what.get() + ": q1 + q2 + q3 must sum to 3..15 per response");
        }
        if (sumQ4 < responses || sumQ4 > 5 * responses) {
            throw new IllegalArgumentException(what.get() + ": q4 must sum to 1..5 per response");
        }
    }
}
