package org.twoway.customers;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.twoway.system.Numbers;

/**
 * The hours a customer received in a cycle next to the hours its tier's written commitment entitles
 * it to, as the tag {@code tags/hoursAgainstEntitlement.html} draws them: a bar on a scale of 100
 * with the entitlement marked.
 */
@TemplateData
public record HoursAgainstEntitlement(BigDecimal hours, BigDecimal entitled) {

    public boolean isOver() {
        return hours.compareTo(entitled) > 0;
    }

    /** Received hours as a multiple of the entitlement, such as 3.2. */
    public String getRatio() {
        return Numbers.oneDecimal(hours.divide(entitled, 1, RoundingMode.HALF_UP));
    }

    public String getHoursText() {
        return Numbers.plain(hours);
    }

    public String getEntitledText() {
        return Numbers.plain(entitled);
    }

    /**
     * The bar's length on a scale of 100, where 100 is the larger of received and entitled: an SVG
     * length, not a number people read (those are system/Numbers').
     */
    public String getBar() {
        return onScale(hours);
    }

    /** Where the entitlement sits on the same scale. */
    public String getMark() {
        return onScale(entitled);
    }

    private String onScale(BigDecimal value) {
        BigDecimal scale = hours.max(entitled);
        return value.multiply(BigDecimal.valueOf(100)).divide(scale, 1, RoundingMode.HALF_UP).toPlainString();
    }
}
