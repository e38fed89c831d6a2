package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.twoway.scoring.CycleBuilder.Contact.ESCALATE;
import static org.twoway.scoring.CycleBuilder.Contact.PERSON;
import static org.twoway.scoring.ReportLookup.customer;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    /**
     * Hours of 0.1, 0.2 and 0.3 on one customer: added in different orders, doubles give
     * 0.6000000000000001 or 0.6, so a report that summed in input order would differ by one bit.
     */
    private static CycleInput cycleWithOrderSensitiveHours() {
        CycleBuilder cycle = new CycleBuilder()
                .customer("ACME", "Acme GmbH", "Silver", 0.4)
                .customer("BETA", "Beta AG", "Gold", 40);
        String[] emails = {"ann@x.example", "bob@x.example", "carl@x.example"};
        double[] hours = {0.1, 0.2, 0.3};
        for (int i = 0; i < emails.length; i++) {
            cycle.employee(emails[i], "Employee " + i, i == 2 ? "Sales" : "Support")
                    .effort(emails[i], "ACME", hours[i])
                    .effort(emails[i], "BETA", 10 + hours[i])
                    .special("ACME", "Employee " + i, 1, hours[i])
                    .answers(3 + i, emails[i], "ACME", 5, 4, 3 + i, 4, i == 0 ? ESCALATE : PERSON)
                    .answers(2, emails[i], "BETA", 2, 3, 4, 5, ESCALATE)
                    .pain("r" + i, i == 2 ? "Sales" : "Support", "Refunds", 7 + 3 * i)
                    .pain("r" + i, i == 2 ? "Sales" : "Support", "Onboarding", 20 - i);
        }
        return cycle.build();
    }

    @Test
    void shuffledInputsGiveAnIdenticalReport() {
        CycleInput input = cycleWithOrderSensitiveHours();
        CycleReport expected = CycleScorer.score(input, ScoringRules.defaults());
        Random random = new Random(20261001);

        for (int i = 0; i < 50; i++) {
            assertEquals(expected, CycleScorer.score(Shuffled.of(input, random), ScoringRules.defaults()));
        }
    }

    @Test
    void hoursAreSummedInKeyOrderWhateverTheInputOrder() {
        // (0.1 + 0.2) + 0.3 = 0.6000000000000001 by email order, whereas 0.1 + (0.2 + 0.3) = 0.6
        assertNotEquals(0.1 + (0.2 + 0.3), (0.1 + 0.2) + 0.3);
        CycleReport report = CycleScorer.score(cycleWithOrderSensitiveHours(), ScoringRules.defaults());

        assertEquals((0.1 + 0.2) + 0.3, customer(report, "ACME").hours());
        assertEquals((0.1 + 0.2) + 0.3, customer(report, "ACME").specialHours(), "promises too, by promiser");
    }
}
