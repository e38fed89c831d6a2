package org.twoway.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Links for every customer–employee pair with more than {@code minHours} of effort in the cycle, optionally for a process. */
public record BulkRequest(
        @NotBlank(message = "Enter a number of hours, such as 0 or 2.5.")
        @Pattern(regexp = "\\d{1,3}(\\.\\d{1,2})?", message = "Enter hours as a number such as 0 or 2.5 (up to two decimals).")
        String minHours,
        @Size(max = 100, message = "A process name has at most 100 characters.")
        String process) {

    public BulkRequest {
        minHours = minHours == null ? null : minHours.strip();
        process = process == null || process.isBlank() ? null : process.strip();
    }

    BigDecimal hours() {
        return new BigDecimal(minHours);
    }
}
