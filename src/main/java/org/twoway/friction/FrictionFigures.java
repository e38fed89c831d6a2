package org.twoway.friction;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A group's published pain figures as the pages show them: at least how many people reported, the
 * mean of each friction rating, and the hours lost per week they add up to.
 */
@TemplateData
public record FrictionFigures(int reporters, int reports, Double timeWasted, Double tools, Double handoffs,
        Double rules, Double customerPressure, BigDecimal hoursLost) {

    /** The figures of a published group, or null when it is hidden. */
    static FrictionFigures of(PainFigure figure) {
        if (figure == null || !figure.shown()) {
            return null;
        }
        double n = Math.max(1, figure.reports);
        return new FrictionFigures(figure.reporters, figure.reports, figure.timeWasted / n, figure.tools / n,
                figure.handoffs / n, figure.rules / n, figure.customerPressure / n, figure.hoursLost);
    }

    /** Hours lost per week per report (one person's estimate for one process). */
    public BigDecimal hoursLostPerReport() {
        return reports == 0 ? BigDecimal.ZERO : hoursLost.divide(BigDecimal.valueOf(reports), 1, RoundingMode.HALF_UP);
    }
}
