package org.twoway.cycles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A review cycle as HR plans it: its name and the dates it covers. */
@CycleDates
public record ReviewCycleInput(
        @NotBlank(message = "Enter the cycle's name, such as 2026 Q4.")
        @Size(max = 100, message = "Keep the name to 100 characters.")
        String name,

        @NotNull(message = "Enter the date the cycle starts.")
        LocalDate startsOn,

        @NotNull(message = "Enter the date the cycle ends.")
        LocalDate endsOn) {

    public ReviewCycleInput {
        name = name == null ? null : name.strip();
    }
}
