package org.twoway.reports;

import static org.twoway.reports.Svg.coordinate;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars in SVG ({@code tags/barChart.html}): a label, a bar on a common scale and its
 * value, optionally with a mark (such as a tier's entitlement) on each bar's own scale.
 */
@TemplateData
public final class BarChart {

    static final int LABEL_WIDTH = 170;
    static final int BAR_WIDTH = 250;
    static final int ROW = 28;

    /**
     * @param over  drawn in the warning colour
     * @param markX where the row's mark sits, or null
     */
    @TemplateData
    public record Bar(String label, String valueText, String href, boolean over, String y, String textY, String width,
            String valueX, String markX) {

        /** Labels longer than fit are cut; the full label is in the bar's title and the table. */
        public String shortLabel() {
            return label.length() <= 24 ? label : label.substring(0, 23) + "…";
        }
    }

    private final String title;
    private final List<Bar> bars = new ArrayList<>();
    private final int more;

    private BarChart(String title, int more) {
        this.title = title;
        this.more = more;
    }

    /** One value per row, with an optional mark; rows after {@code limit} are left to the table. */
    record Value(String label, double value, String valueText, String href, boolean over, Double mark) {
    }

    static BarChart of(String title, List<Value> values, int limit) {
        List<Value> shown = values.size() > limit ? values.subList(0, limit) : values;
        double max = 0;
        for (Value value : shown) {
            max = Math.max(max, Math.max(value.value(), value.mark() == null ? 0 : value.mark()));
        }
        BarChart chart = new BarChart(title, values.size() - shown.size());
        for (int i = 0; i < shown.size(); i++) {
            Value value = shown.get(i);
            double width = max == 0 ? 0 : value.value() / max * BAR_WIDTH;
            int y = 8 + i * ROW;
            chart.bars.add(new Bar(value.label(), value.valueText(), value.href(), value.over(), coordinate(y), coordinate(y + 15),
                    coordinate(width), coordinate(LABEL_WIDTH + width + 6),
                    value.mark() == null || max == 0 ? null : coordinate(LABEL_WIDTH + value.mark() / max * BAR_WIDTH)));
        }
        return chart;
    }

    public String getTitle() {
        return title;
    }

    public List<Bar> getBars() {
        return bars;
    }

    /** How many rows the chart leaves to the table below it. */
    public int getMore() {
        return more;
    }

    public String getHeight() {
        return coordinate(16 + bars.size() * ROW);
    }
}
