package org.twoway.customers;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A service tier as HR writes it down, in the back office or through the API. */
public record TierInput(
        @NotBlank(message = "Enter the tier's name.")
        @Size(max = 100, message = "Keep the name to 100 characters.")
        String name,

        @NotNull(message = "Enter the service hours a customer of this tier is entitled to per review cycle.")
        @DecimalMin(value = "0", inclusive = false, message = "Entitled hours must be more than 0.")
        @DecimalMax(value = "10000", message = "Entitled hours can be at most 10000 per review cycle.")
        @Digits(integer = 10, fraction = 2, message = "Give the hours with at most two decimals, such as 12.5.")
        BigDecimal entitledHours,

        @Size(max = 2000, message = "Keep the description to 2000 characters.")
        String description) {

    public TierInput {
        name = name == null ? null : name.strip();
        description = description == null ? "" : description.replace("\r\n", "\n").strip();
    }
}
