package org.twoway.reports;

import static org.twoway.reports.Svg.coordinate;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.twoway.system.Numbers;

/**
 * A score across cycles as a line in SVG ({@code tags/trendChart.html}): cycles across, oldest first,
 * the 1..5 scale up. Cycles without a score leave a gap in the labels but no point.
 */
@TemplateData
public final class TrendChart {

    static final int LEFT = 40;
    static final int TOP = 16;
    static final int WIDTH = 420;
    static final int HEIGHT = 160;

    @TemplateData
    public record Point(String cycle, String valueText, String x, String y, String labelY, boolean now) {
    }

    private final List<Point> points = new ArrayList<>();
    private final List<Point> ticks = new ArrayList<>();

    /** @param values per cycle, oldest first, the last being the cycle the page is about; null: no score */
    static TrendChart of(List<String> cycles, List<Double> values) {
        TrendChart chart = new TrendChart();
        int n = cycles.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? LEFT + WIDTH / 2.0 : LEFT + 20 + i * (WIDTH - 40.0) / (n - 1);
            Double value = values.get(i);
            boolean now = i == n - 1;
            chart.ticks.add(new Point(cycles.get(i), null, coordinate(x), coordinate(TOP + HEIGHT + 18), null, now));
            if (value != null) {
                double y = TOP + (5 - value) / 4 * HEIGHT;
                chart.points.add(new Point(cycles.get(i), Numbers.mean(value), coordinate(x), coordinate(y), coordinate(y - 9), now));
            }
        }
        return chart;
    }

    public List<Point> getPoints() {
        return points;
    }

    public List<Point> getTicks() {
        return ticks;
    }

    public String getLine() {
        return points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
    }

    /** The 1..5 grid lines: value and height. */
    public List<Point> getGrid() {
        List<Point> grid = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            grid.add(new Point(null, Integer.toString(v), null, coordinate(TOP + (5 - v) / 4.0 * HEIGHT), null, false));
        }
        return grid;
    }
}
