package org.twoway.reports;

import static org.twoway.reports.Table.Cell.link;
import static org.twoway.reports.Table.Cell.number;
import static org.twoway.reports.Table.Cell.text;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.twoway.cycles.ReviewCycle;
import org.twoway.effort.EffortQueries;
import org.twoway.feedback.RatingQueries;
import org.twoway.people.Employee;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EmployeeReport;
import org.twoway.scoring.Flag;
import org.twoway.scoring.FlagCode;
import org.twoway.scoring.GroupReport;
import org.twoway.scoring.SubjectType;
import org.twoway.system.Numbers;
import org.twoway.system.Refusal;

/**
 * One employee's scorecard in one cycle: the shrunk score beside the responses and the raw mean, the
 * three questions about them, who their customers contact first, their hours by customer, the
 * customers' comments and the score across cycles. The report gives the scores; three small
 * queries add what only this employee's rows hold, however many employees the cycle has.
 */
@ApplicationScoped
public class Scorecards {

    /** @param customer who wrote it; null on the employee's own scorecard */
    @TemplateData
    public record Comment(String customer, String text, Instant at) {
    }

    /**
     * @param questions the means of the three questions about the employee, 1..5, null without responses
     * @param team      the employee's team line of the report (EX hidden where the report hides it)
     * @param flags     flags about the employee, or naming them as a customer's key person; empty on
     *                  the employee's own scorecard
     */
    @TemplateData
    public record View(CycleReport report, Employee employee, EmployeeReport line, List<Double> questions,
            GroupReport team, BarChart hoursChart, Table hours, List<Comment> comments, TrendChart trend,
            Table flags, PageQuery query) {

        public List<Table> tables() {
            return flags == null ? List.of(hours) : List.of(hours, flags);
        }

        public long personShare() {
            return share(line.firstContact().person());
        }

        public long channelShare() {
            return share(line.firstContact().channel());
        }

        public long escalateShare() {
            return share(line.firstContact().escalate());
        }

        private long share(long count) {
            long total = line.firstContact().total();
            return total == 0 ? 0 : Math.round(100.0 * count / total);
        }
    }

    private final CycleReports reports;
    private final Subjects subjects;
    private final RatingQueries ratings;
    private final EffortQueries effort;
    private final ReportSettings settings;

    Scorecards(CycleReports reports, Subjects subjects, RatingQueries ratings, EffortQueries effort,
            ReportSettings settings) {
        this.reports = reports;
        this.subjects = subjects;
        this.ratings = ratings;
        this.effort = effort;
        this.settings = settings;
    }

    /** HR's view: everything, with links to the customers and the flags. */
    public View forHr(long cycleId, long employeeId, String sort, String dir, String all) {
        return build(cycleId, employeeId,
                new PageQuery(ReportUris.scorecard(cycleId, employeeId), sort, dir).showAll(all), true);
    }

    /** The employee's own view of a closed cycle: their numbers and comments, no flags, no customer names. */
    public View own(long cycleId, long employeeId, String sort, String dir, String all) {
        ReviewCycle cycle = ReviewCycle.findById(cycleId);
        if (cycle == null || !cycle.isClosed()) {
            throw Refusal.notFound("There is no closed review cycle " + cycleId + " with a scorecard for you.");
        }
        return build(cycleId, employeeId, new PageQuery(ReportUris.myScorecard(cycleId), sort, dir).showAll(all), false);
    }

    private View build(long cycleId, long employeeId, PageQuery query, boolean hr) {
        CycleReport report = reports.of(cycleId);
        Employee employee = Employee.findById(employeeId);
        if (employee == null) {
            throw Refusal.notFound("There is no employee " + employeeId + ".");
        }
        EmployeeReport line = report.employees().stream().filter(e -> e.email().equals(employee.email)).findFirst()
                .orElseThrow(() -> Refusal.notFound(employee.name + " has no scorecard in " + report.cycle().name()
                        + ": they were neither rated nor recorded hours in it."));
        GroupReport team = report.teams().stream().filter(t -> t.name().equals(line.team())).findFirst().orElse(null);

        List<Double> questions = ratings.questionMeans(cycleId, employeeId);
        List<EffortQueries.Hours> hoursRows = effort.byCustomer(cycleId, employeeId);
        Set<String> overServed = new HashSet<>();
        report.flags().stream().filter(f -> f.code() == FlagCode.OVER_SERVED_CLIENT).forEach(f -> overServed.add(f.subject()));
        Subjects.Links links = hr ? subjects.links(cycleId, hoursRows.stream().map(EffortQueries.Hours::key).toList()) : null;
        Table hours = new Table("hours", "Hours by customer, in figures", query).column("customer", "Customer").column("ref", "Reference")
                .numeric("hours", "Hours").numeric("share", "Share of their hours").column("overServed", "Customer over-served");
        List<BarChart.Value> bars = new ArrayList<>();
        for (EffortQueries.Hours row : hoursRows) {
            String ref = row.key();
            String name = row.name();
            double h = row.hours().doubleValue();
            String href = links == null ? null : links.customer(ref);
            Double share = line.hours() == 0 ? null : h / line.hours();
            boolean over = overServed.contains(ref);
            hours.row(href == null ? text(name) : link(name, href), text(ref), number(h, Numbers.hours(h), Numbers.NONE),
                    number(share, Numbers.percent(share), Numbers.NONE), text(over ? "yes" : "no"));
            bars.add(new BarChart.Value(name, h, Numbers.hours(h) + " h", href, over, null));
        }

        List<Comment> comments = ratings.comments(cycleId, employeeId).stream()
                .map(c -> new Comment(hr ? c.customer() : null, c.text(), c.at())).toList();

        Table flags = null;
        if (hr) {
            List<Flag> mine = report.flags().stream().filter(f -> names(f, employee.email)).toList();
            flags = ReportTables.flags(query, mine, report).sorted().linked(subjects, cycleId);
        }
        return new View(report, employee, line, questions, team,
                BarChart.of("Hours by customer", bars, 12), hours.sorted(), comments, trend(report, employee.email), flags, query);
    }

    /** Whether a flag is about the employee or names them in its evidence. */
    private static boolean names(Flag flag, String email) {
        return (flag.subjectType() == SubjectType.EMPLOYEE && flag.subject().equals(email))
                || Dashboard.namedEmployees(flag).contains(email);
    }

    /**
     * The score in the latest {@code trend-cycles} closed cycles before this one, and in this one; closed cycles'
     * reports are kept. However many cycles a company has closed, a scorecard costs that many reports at most.
     */
    private TrendChart trend(CycleReport report, String email) {
        List<ReviewCycle> earlier = ReviewCycle.listClosedBefore(report.cycle().startsOn(), settings.trendCycles());
        List<String> names = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (ReviewCycle cycle : earlier) {
            names.add(cycle.name);
            scores.add(score(reports.of(cycle.id), email));
        }
        names.add(report.cycle().name());
        scores.add(score(report, email));
        return TrendChart.of(names, scores);
    }

    private static Double score(CycleReport report, String email) {
        return report.employees().stream().filter(e -> e.email().equals(email)).findFirst()
                .map(EmployeeReport::score).orElse(null);
    }
}
