package org.twoway.effort;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Hours on a customer as an employee types them: the customer's reference and the hours. */
public record EffortInput(
        @NotBlank(message = "Choose the customer.")
        String customer,

        @NotNull(message = EffortHoursRule.RULE)
        @DecimalMin(value = "0", inclusive = false, message = EffortHoursRule.RULE)
        @DecimalMax(value = EffortHoursRule.MAX, message = EffortHoursRule.RULE)
        @Digits(integer = 3, fraction = 2, message = EffortHoursRule.RULE)
        BigDecimal hours) {

    public EffortInput {
        customer = customer == null ? null : customer.strip();
    }

    static EffortInput of(EffortEntry entry) {
        return new EffortInput(entry.customer.ref, entry.hours);
    }
}
