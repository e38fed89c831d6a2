package org.twoway.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads numbers and dates typed into forms. Text that is not one becomes an error by its field, never
 * a crash; an empty field is null, for the input's own {@code @NotNull} to report.
 */
public final class FormValues {

    private FormValues() {
    }

    /** A decimal such as {@code 12.5}. A comma is refused rather than guessed at: "1,000" might mean 1 or 1000. */
    public static BigDecimal decimal(String text, String field, FormErrors errors, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, message);
            return null;
        }
    }

    /** An ISO date ({@code 2026-10-01}), as a date input sends it. */
    public static LocalDate date(String text, String field, FormErrors errors, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, message);
            return null;
        }
    }
}
