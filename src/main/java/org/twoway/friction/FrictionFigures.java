package org.twoway.friction;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The pain reports of one group (a process, a team, or the whole cycle) summed up in SQL: distinct
 * reporters, reports, the mean of each friction rating, and the hours lost per week they add up to.
 */
@TemplateData
public record FrictionFigures(Long id, String name, Long reporters, Long reports, Double timeWasted, Double tools,
        Double handoffs, Double rules, Double customerPressure, BigDecimal hoursLost) {

    static FrictionFigures none(long id, String name) {
        return new FrictionFigures(id, name, 0L, 0L, null, null, null, null, null, BigDecimal.ZERO);
    }

    /** Hours lost per week per person who reported. */
    public BigDecimal hoursLostPerReporter() {
        return reporters == 0 ? BigDecimal.ZERO : hoursLost.divide(BigDecimal.valueOf(reporters), 1, RoundingMode.HALF_UP);
    }
}
