package org.twoway.scoring;

import java.util.Objects;

/**
 * Special situations of a cycle (promises beyond a customer's written tier) that are not declined, summed for one
 * customer and one promiser, as the database's GROUP BY gives them (scoring.md, "Closing the loop").
 *
 * @param customer   the customer's ref
 * @param promisedBy the promiser's name; {@code HR} for what HR itself promised
 * @param count      how many
 * @param hours      their estimated hours
 */
public record SpecialInput(String customer, String promisedBy, long count, double hours) {

    public SpecialInput {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(promisedBy, "promisedBy");
        if (count < 1 || !(hours > 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("special situations of " + customer + " must count at least 1 with more"
                    + " than 0 hours");
        }
    }
}
