package org.twoway.reports;

import static org.twoway.reports.Svg.coordinate;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.twoway.scoring.GroupReport;
import org.twoway.scoring.GroupScores;
import org.twoway.scoring.SubjectType;
import org.twoway.system.Numbers;

/**
 * The quadrant chart as the tag {@code tags/quadrantChart.html} draws it in SVG: customer
 * satisfaction across, employee experience up, both 0..1, the threshold lines splitting the four
 * quadrants of scoring.md. Each team and process with both measures is a labelled point; where it
 * also had both last cycle, a faint point there and an arrow to where it is now.
 */
@TemplateData
public final class QuadrantChart {

    static final int LEFT = 56;
    static final int TOP = 16;
    static final int SIZE = 400;

    /**
     * @param kind {@code team} or {@code process}: the point's shape
     * @param px   the previous position, or null
     */
    @TemplateData
    public record Point(String label, String kind, String href, String x, String y, String labelX, String labelY,
            String anchor, String squareX, String squareY, String px, String py) {
    }

    private final double threshold;
    private final List<Point> points = new ArrayList<>();

    QuadrantChart(double threshold) {
        this.threshold = threshold;
    }

    QuadrantChart add(GroupReport group, SubjectType kind, String href) {
        if (group.cs() == null || group.ex() == null) {
            return this;
        }
        GroupScores previous = group.previous();
        boolean before = previous != null && previous.cs() != null && previous.ex() != null;
        double x = x(group.cs());
        double y = y(group.ex());
        boolean rightHalf = group.cs() > 0.7;
        points.add(new Point(group.name(), kind.wire(), href, coordinate(x), coordinate(y),
                coordinate(rightHalf ? x - 9 : x + 9), coordinate(y + 4), rightHalf ? "end" : "start",
                coordinate(x - 5.5), coordinate(y - 5.5),
                before ? coordinate(x(previous.cs())) : null, before ? coordinate(y(previous.ex())) : null));
        return this;
    }

    /**
     * The points, each label beside its point: on the side with more room, else on the other side,
     * else moved down until it overlaps neither another label nor a point.
     */
    public List<Point> getPoints() {
        List<double[]> taken = new ArrayList<>();
        for (Point p : points) {
            double x = Double.parseDouble(p.x());
            double y = Double.parseDouble(p.y());
            taken.add(new double[] {x - 7, x + 7, y - 7, y + 7});
        }
        List<Point> placed = new ArrayList<>();
        List<Point> byHeight = new ArrayList<>(points);
        byHeight.sort(Comparator.comparingDouble(p -> Double.parseDouble(p.y())));
        for (Point p : byHeight) {
            double x = Double.parseDouble(p.x());
            double baseline = Double.parseDouble(p.y()) + 4;
            double width = p.label().length() * 6.6;
            boolean preferEnd = p.anchor().equals("end");
            double[] chosen = null;
            for (int shift = 0; chosen == null && shift < 8; shift++) {
                for (boolean end : preferEnd ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    double start = end ? x - 9 - width : x + 9;
                    double line = baseline + shift * 14;
                    double[] box = {start, start + width, line - 11, line + 3};
                    if (start >= LEFT && start + width <= LEFT + SIZE && taken.stream().noneMatch(t -> overlaps(t, box))) {
                        chosen = new double[] {end ? 1 : 0, line, box[0], box[1], box[2], box[3]};
                        break;
                    }
                }
            }
            if (chosen == null) {
                chosen = new double[] {preferEnd ? 1 : 0, baseline, 0, 0, 0, 0};
            }
            taken.add(new double[] {chosen[2], chosen[3], chosen[4], chosen[5]});
            boolean end = chosen[0] == 1;
            placed.add(new Point(p.label(), p.kind(), p.href(), p.x(), p.y(), coordinate(end ? x - 9 : x + 9),
                    coordinate(chosen[1]), end ? "end" : "start", p.squareX(), p.squareY(), p.px(), p.py()));
        }
        return placed;
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3];
    }

    public String getThresholdX() {
        return coordinate(x(threshold));
    }

    public String getThresholdY() {
        return coordinate(y(threshold));
    }

    /** The upper right quadrant: both sides at or above the threshold. */
    public String getGoodWidth() {
        return coordinate(LEFT + SIZE - x(threshold));
    }

    public String getGoodHeight() {
        return coordinate(y(threshold) - TOP);
    }

    /** The lower left quadrant: both sides below. */
    public String getBadWidth() {
        return coordinate(x(threshold) - LEFT);
    }

    public String getBadHeight() {
        return coordinate(TOP + SIZE - y(threshold));
    }

    public String getThresholdText() {
        return Numbers.measure(threshold);
    }

    private static double x(double cs) {
        return LEFT + cs * SIZE;
    }

    private static double y(double ex) {
        return TOP + (1 - ex) * SIZE;
    }
}
