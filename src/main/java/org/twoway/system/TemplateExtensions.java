package org.twoway.system;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Small formatting helpers every template may use; numbers are written by {@link Numbers}. */
@TemplateExtension
public class TemplateExtensions {

    /** {@code 40.00} as {@code 40} and {@code 12.50} as {@code 12.5}: hours the way people write them. */
    public static String plain(BigDecimal number) {
        return Numbers.plain(number);
    }

    /** A mean or hours with one decimal, a dash when there is none. */
    public static String oneDecimal(Double value) {
        return Numbers.oneDecimal(value);
    }

    /** Exact hours with one decimal, a dash when there are none. */
    public static String oneDecimal(BigDecimal value) {
        return Numbers.oneDecimal(value);
    }

    /** Text for a link's query string, such as a search kept across pages. */
    public static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A moment to the minute, in the company's time zone and saying so: {@code 2026-10-01 14:03 UTC}. */
    public static String minutes(Instant instant) {
        return instant == null ? "" : CompanyTime.minutes(instant);
    }

    /** A deadline: a midnight as the end of the day before, else to the minute ({@link CompanyTime#deadline}). */
    public static String deadline(Instant instant) {
        return instant == null ? "" : CompanyTime.deadline(instant);
    }

    /** A moment to the second, in the company's time zone and saying so: {@code 2026-10-01 14:03:27 UTC}. */
    public static String seconds(Instant instant) {
        return instant == null ? "" : CompanyTime.seconds(instant);
    }

    /** A count with thousands separators: {@code 20,000}. */
    public static String thousands(long count) {
        return Numbers.thousands(count);
    }
}
