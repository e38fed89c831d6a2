package org.twoway.scoring;

import java.util.Objects;

/**
 * The cycle's responses whose link names one process, summed by the database.
 *
 * @param process   the process name
 * @param responses how many responses
 * @param sumQ123   the sum of q1 + q2 + q3
 */
public record ProcessResponses(String process, long responses, long sumQ123) {

    public ProcessResponses {
        Objects.requireNonNull(process, "process");
        Answers.checkSums(() -> "responses on " + process, responses, sumQ123, responses);
    }
}
