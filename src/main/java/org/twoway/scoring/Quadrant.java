package org.twoway.scoring;

/** Where a team or process stands on "people first AND customer obsessed". */
public enum Quadrant {
    PEOPLE_FIRST_AND_CUSTOMER_OBSESSED("people first and customer obsessed"),
    CUSTOMER_FIRST_SUCKER_PUNCH("a customer-first sucker punch"),
    CUSTOMERS_UNDERSERVED("comfortable while customers are underserved"),
    BOTH_HURTING("hurting on both sides");

    private final String description;

    Quadrant(String description) {
        this.description = description;
    }

    /** CS and EX at or above the threshold count as high; null when either is unknown. */
    static Quadrant of(Double cs, Double ex, double threshold) {
        if (cs == null || ex == null) {
            return null;
        }
        boolean customersHappy = cs >= threshold;
        boolean peopleWell = ex >= threshold;
        if (customersHappy) {
            return peopleWell ? PEOPLE_FIRST_AND_CUSTOMER_OBSESSED : CUSTOMER_FIRST_SUCKER_PUNCH;
        }
        return peopleWell ? CUSTOMERS_UNDERSERVED : BOTH_HURTING;
    }

    /** The quadrant in words, to complete "Team X is ...". */
    String description() {
        return description;
    }
}
