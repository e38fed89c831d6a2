package org.twoway.reports;

import static org.twoway.reports.Table.Cell.link;
import static org.twoway.reports.Table.Cell.number;
import static org.twoway.reports.Table.Cell.text;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.cycles.ReviewCycle;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EmployeeReport;
import org.twoway.scoring.GroupReport;
import org.twoway.scoring.Severity;
import org.twoway.scoring.SubjectType;
import org.twoway.system.Numbers;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/** Two review cycles side by side, measure by measure: the company, each team and process, each employee. */
@Path("/hr/compare")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class ComparePage {

    /** @param a the earlier report, or null until two cycles are chosen */
    @TemplateData
    public record View(List<ReviewCycle> cycles, CycleReport a, CycleReport b, Table overview, Table groups, Table employees) {

        public List<Table> tables() {
            return List.of(overview, groups, employees);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(View view);
    }

    private final CycleReports reports;
    private final Subjects subjects;
    private final TableDownloads downloads;

    ComparePage(CycleReports reports, Subjects subjects, TableDownloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
        this.subjects = subjects;
    }

    /**
     * Without {@code b}, the latest cycle that is not a draft; without {@code a}, the one before
     * {@code b}.
     */
    @GET
    @Transactional
    public Response show(@RestQuery String a, @RestQuery String b, @RestQuery String sort, @RestQuery String dir,
            @RestQuery String csv, @RestQuery String all) {
        List<ReviewCycle> cycles = ReviewCycle.listStartedNewestFirst();
        boolean chosen = a != null && !a.isBlank() || b != null && !b.isBlank();
        if (cycles.isEmpty() || !chosen && cycles.size() < 2) {
            return Response.ok(Templates.compare(new View(cycles, null, null, null, null, null))).build();
        }
        if (b == null || b.isBlank()) {
            b = Long.toString(cycles.get(0).id);
        }
        if (a == null || a.isBlank()) {
            long later = cycleId(b, "b");
            a = Long.toString(cycles.stream().filter(c -> c.id != later && !c.startsOn.isAfter(startsOn(cycles, later)))
                    .findFirst().orElse(cycles.get(cycles.size() - 1)).id);
        }
        long first = cycleId(a, "a");
        long second = cycleId(b, "b");
        PageQuery query = new PageQuery(ReportUris.compare(), sort, dir).filter("a", a).filter("b", b).showAll(all);
        CycleReport left = reports.of(first);
        CycleReport right = reports.of(second);
        View view = new View(cycles, left, right, overview(query, left, right), groups(query, left, right, second),
                employees(query, left, right, second));
        if (csv != null) {
            return downloads.csv(csv, view.tables(), "twoway-compare-" + first + "-" + second);
        }
        return Response.ok(Templates.compare(view)).build();
    }

    private static LocalDate startsOn(List<ReviewCycle> cycles, long id) {
        return cycles.stream().filter(c -> c.id == id).findFirst()
                .orElseThrow(() -> Refusal.notFound("There is no open or closed review cycle " + id + ".")).startsOn;
    }

    private static long cycleId(String value, String field) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw Refusal.invalid(field, "Choose two review cycles to compare.");
        }
    }

    private static Table overview(PageQuery query, CycleReport a, CycleReport b) {
        Table table = new Table("overview", "The company", query).column("measure", "Measure")
                .numeric("a", a.cycle().name()).numeric("b", b.cycle().name()).numeric("change", "Change");
        Double rateChange = a.responseRate() == null || b.responseRate() == null ? null : b.responseRate() - a.responseRate();
        table.row(text("Response rate"), number(a.responseRate(), Numbers.percent(a.responseRate()), Numbers.NONE),
                number(b.responseRate(), Numbers.percent(b.responseRate()), Numbers.NONE),
                number(rateChange, rateChange == null ? null : Numbers.delta(rateChange * 100) + " points",
                        Numbers.NONE));
        countRow(table, "Responses", a.responses(), b.responses());
        measureRow(table, "Customer satisfaction (CS)", a.company().cs(), b.company().cs(), Numbers::measure);
        measureRow(table, "Employee experience (EX)" + borrowed(a) + borrowed(b), a.company().ex(), b.company().ex(),
                Numbers::measure);
        measureRow(table, "AND score", a.company().and(), b.company().and(), Numbers::measure);
        countRow(table, "High flags", severity(a, Severity.HIGH), severity(b, Severity.HIGH));
        countRow(table, "Warnings", severity(a, Severity.WARNING), severity(b, Severity.WARNING));
        return table.sorted();
    }

    /** "; 2026 Q4 as of 2026 Q3" for a report whose EX is a closed cycle's. */
    private static String borrowed(CycleReport report) {
        String asOf = Words.asOf(report);
        return asOf.isEmpty() ? "" : "; " + report.cycle().name() + asOf;
    }

    private static long severity(CycleReport report, Severity severity) {
        return report.flags().stream().filter(f -> f.severity() == severity).count();
    }

    private static void measureRow(Table table, String name, Double a, Double b, Function<Double, String> format) {
        Double change = a == null || b == null ? null : b - a;
        table.row(text(name), number(a, a == null ? null : format.apply(a), Numbers.NONE),
                number(b, b == null ? null : format.apply(b), Numbers.NONE),
                number(change, Numbers.delta(change), Numbers.NONE));
    }

    private static void countRow(Table table, String name, long a, long b) {
        long change = b - a;
        table.row(text(name), number(a, Long.toString(a), Numbers.NONE), number(b, Long.toString(b), Numbers.NONE),
                number(change, (change < 0 ? "−" : "+") + Math.abs(change), Numbers.NONE));
    }

    private Table groups(PageQuery query, CycleReport a, CycleReport b, long linkCycle) {
        Subjects.Links links = subjects.links(linkCycle, List.of());
        Table table = new Table("groups", "Teams and processes", query).column("name", "Name").column("kind", "Kind")
                .numeric("csA", "CS " + a.cycle().name()).numeric("csB", "CS " + b.cycle().name())
                .numeric("exA", "EX " + a.cycle().name() + Words.asOf(a)).numeric("exB", "EX " + b.cycle().name() + Words.asOf(b))
                .numeric("andA", "AND " + a.cycle().name()).numeric("andB", "AND " + b.cycle().name())
                .numeric("andChange", "AND change");
        groupRows(table, a.teams(), b.teams(), SubjectType.TEAM, links);
        groupRows(table, a.processes(), b.processes(), SubjectType.PROCESS, links);
        return table.sorted();
    }

    private static void groupRows(Table table, List<GroupReport> a, List<GroupReport> b, SubjectType kind, Subjects.Links links) {
        Map<String, GroupReport> before = byName(a);
        Map<String, GroupReport> after = byName(b);
        for (String name : new TreeSet<>(union(before, after))) {
            GroupReport x = before.get(name);
            GroupReport y = after.get(name);
            Double andA = x == null ? null : x.and();
            Double andB = y == null ? null : y.and();
            Double change = andA == null || andB == null ? null : andB - andA;
            String href = links.href(kind, name);
            table.row(href == null ? text(name) : link(name, href), text(kind.wire()),
                    ReportTables.measure(x == null ? null : x.cs(), Numbers.NONE), ReportTables.measure(y == null ? null : y.cs(), Numbers.NONE),
                    ReportTables.measure(x == null ? null : x.ex(), Numbers.NONE), ReportTables.measure(y == null ? null : y.ex(), Numbers.NONE),
                    ReportTables.measure(andA, Numbers.NONE), ReportTables.measure(andB, Numbers.NONE),
                    number(change, Numbers.delta(change), Numbers.NONE));
        }
    }

    private Table employees(PageQuery query, CycleReport a, CycleReport b, long linkCycle) {
        Subjects.Links links = subjects.links(linkCycle, List.of());
        Table table = new Table("employees", "Employees", query).column("name", "Name").column("team", "Team")
                .numeric("scoreA", "Score " + a.cycle().name()).numeric("scoreB", "Score " + b.cycle().name())
                .numeric("change", "Change");
        Map<String, EmployeeReport> before = new LinkedHashMap<>();
        a.employees().forEach(e -> before.put(e.email(), e));
        Map<String, EmployeeReport> after = new LinkedHashMap<>();
        b.employees().forEach(e -> after.put(e.email(), e));
        for (String email : new TreeSet<>(union(before, after))) {
            EmployeeReport x = before.get(email);
            EmployeeReport y = after.get(email);
            EmployeeReport shown = y == null ? x : y;
            Double scoreA = x == null ? null : x.score();
            Double scoreB = y == null ? null : y.score();
            Double change = scoreA == null || scoreB == null ? null : scoreB - scoreA;
            String href = links.employee(email);
            table.row(href == null ? text(shown.name()) : link(shown.name(), href), text(shown.team()),
                    number(scoreA, Numbers.mean(scoreA), Numbers.NONE), number(scoreB, Numbers.mean(scoreB), Numbers.NONE),
                    number(change, Numbers.delta(change), Numbers.NONE));
        }
        return table.sorted();
    }

    private static Map<String, GroupReport> byName(List<GroupReport> groups) {
        Map<String, GroupReport> byName = new LinkedHashMap<>();
        groups.forEach(g -> byName.put(g.name(), g));
        return byName;
    }

    private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
