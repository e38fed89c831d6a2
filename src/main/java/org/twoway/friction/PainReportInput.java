package org.twoway.friction;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A process-pain report as an employee gives it, on the page or through the API: five friction
 * ratings from 1 (no friction) to 5 (severe), hours lost per week, what would fix it, and whether to
 * submit anonymously, which is the default.
 */
public record PainReportInput(
        @NotBlank(message = "Name the process the report is about.")
        String process,

        @NotNull(message = RATE + "time wasted.") @Min(value = 1, message = RATE + "time wasted.")
        @Max(value = 5, message = RATE + "time wasted.")
        Integer timeWasted,

        @NotNull(message = RATE + "tools.") @Min(value = 1, message = RATE + "tools.")
        @Max(value = 5, message = RATE + "tools.")
        Integer tools,

        @NotNull(message = RATE + "hand-offs and approvals.") @Min(value = 1, message = RATE + "hand-offs and approvals.")
        @Max(value = 5, message = RATE + "hand-offs and approvals.")
        Integer handoffs,

        @NotNull(message = RATE + "clarity of the rules.") @Min(value = 1, message = RATE + "clarity of the rules.")
        @Max(value = 5, message = RATE + "clarity of the rules.")
        Integer rules,

        @NotNull(message = RATE + "pressure from customers.") @Min(value = 1, message = RATE + "pressure from customers.")
        @Max(value = 5, message = RATE + "pressure from customers.")
        Integer customerPressure,

        @NotNull(message = HOURS) @DecimalMin(value = "0", message = HOURS) @DecimalMax(value = "40", message = HOURS)
        @Digits(integer = 2, fraction = 1, message = HOURS)
        BigDecimal hoursLostPerWeek,

        @Size(max = 2000, message = "Keep what would fix it to 2,000 characters.")
        String fix,

        Boolean anonymous) {

    static final String RATE = "Choose a rating from 1 to 5 for ";
    static final String HOURS = "Enter the hours lost per week as a number from 0 to 40, with at most one decimal.";

    public PainReportInput {
        process = process == null ? null : process.strip();
        fix = fix == null || fix.isBlank() ? null : fix.strip();
        anonymous = anonymous == null || anonymous;
    }

    static PainReportInput of(PainReport report) {
        return new PainReportInput(report.process.name, report.timeWasted, report.tools, report.handoffs, report.rules,
                report.customerPressure, report.hoursLostPerWeek, report.fix, report.anonymous);
    }

    /** A blank form for a process: no rating chosen yet, anonymous. */
    static PainReportInput blank(BusinessProcess process) {
        return new PainReportInput(process.name, null, null, null, null, null, null, null, true);
    }
}
