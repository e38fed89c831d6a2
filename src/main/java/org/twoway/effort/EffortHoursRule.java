package org.twoway.effort;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The rule for hours of effort, as the schema holds them: more than 0, at most 744 (a month of days), two decimals. */
final class EffortHoursRule {

    static final String MAX = "744";
    static final String RULE = "Enter the hours as a number more than 0 and at most " + MAX + ", with at most two decimals.";

    private static final BigDecimal LIMIT = new BigDecimal(MAX);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private EffortHoursRule() {
    }

    /** Hours as written in a file or typed in a form; a decimal comma counts as a point. Null when not a number. */
    static BigDecimal parse(String text) {
        String value = text == null ? "" : text.strip().replace(',', '.');
        return NUMBER.matcher(value).matches() ? new BigDecimal(value) : null;
    }

    /** Why the hours cannot be recorded, or null when they can. */
    static String problem(BigDecimal hours) {
        if (hours.signum() <= 0 || hours.compareTo(LIMIT) > 0) {
            return "hours " + hours.toPlainString() + " are outside 0 < h <= " + MAX;
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            return "hours " + hours.toPlainString() + " have more than two decimals";
        }
        return null;
    }
}
