package org.twoway.reports;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EmployeeReport;
import org.twoway.scoring.Flag;
import org.twoway.scoring.GroupReport;
import org.twoway.scoring.ScoringRules;
import org.twoway.system.Refusal;

/**
 * A cycle's dashboard: the response rate, the AND score and its halves, the flags by severity, the
 * quadrant chart and the flags with their evidence, optionally narrowed to one team, one severity
 * or one kind of subject.
 *
 * <p>Filters only choose among what the unfiltered report already shows; they never compute a
 * figure over a new set of people. A team filter shows that team's own line of the report (whose
 * EX the report already hides where subtraction could reveal a small group), never "the company
 * without this team", so no combination of filters gives a total that the unfiltered pages do not.
 */
@ApplicationScoped
public class Dashboard {

    public static final List<String> SEVERITIES = List.of(Flag.HIGH, Flag.WARNING);
    public static final List<String> SUBJECT_TYPES = List.of(Flag.CUSTOMER, Flag.EMPLOYEE, Flag.TEAM, Flag.PROCESS);

    /**
     * @param focus     the company's line, or the filtered team's
     * @param teamNames every team of the report, for the filter
     */
    @TemplateData
    public record View(CycleReport report, PageQuery query, String team, String severity, String type,
            List<String> teamNames, GroupReport focus, long high, long warning, QuadrantChart chart,
            Table groups, Table flags, Table employees, int k) {

        public List<Table> tables() {
            return List.of(groups, flags, employees);
        }

        public String focusLabel() {
            return team == null ? "The company" : "Team " + team;
        }
    }

    private final CycleReports reports;
    private final Subjects subjects;
    private final ScoringRules rules;

    Dashboard(CycleReports reports, Subjects subjects, ScoringRules rules) {
        this.reports = reports;
        this.subjects = subjects;
        this.rules = rules;
    }

    public View of(long cycleId, String team, String severity, String type, String sort, String dir, String all) {
        CycleReport report = reports.of(cycleId);
        team = blankToNull(team);
        severity = blankToNull(severity);
        type = blankToNull(type);
        GroupReport focus = report.company();
        if (team != null) {
            String name = team;
            focus = report.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                    Refusal.invalid("team", "There is no team “" + name + "” in this cycle’s report."));
        }
        if (severity != null && !SEVERITIES.contains(severity)) {
            throw Refusal.invalid("severity", "Choose high or warning as the severity.");
        }
        if (type != null && !SUBJECT_TYPES.contains(type)) {
            throw Refusal.invalid("type", "Choose customer, employee, team or process as the subject.");
        }
        PageQuery query = new PageQuery("/hr/cycles/" + cycleId + "/report", sort, dir)
                .filter("team", team).filter("severity", severity).filter("type", type).showAll(all);

        Map<String, String> teamOf = new HashMap<>();
        report.employees().forEach(e -> teamOf.put(e.email(), e.team()));
        List<Flag> flags = new ArrayList<>();
        for (Flag flag : report.flags()) {
            if ((severity == null || flag.severity().equals(severity)) && (type == null || flag.subjectType().equals(type))
                    && (team == null || concerns(flag, team, teamOf))) {
                flags.add(flag);
            }
        }
        Subjects.Links links = subjects.links(cycleId, List.of());

        QuadrantChart chart = new QuadrantChart(rules.quadrantThreshold());
        List<GroupReport> teams = team == null ? report.teams() : List.of(focus);
        List<GroupReport> processes = team == null ? report.processes() : List.of();
        teams.forEach(t -> chart.add(t, Flag.TEAM, links.team(t.name())));
        processes.forEach(p -> chart.add(p, Flag.PROCESS, links.process(p.name())));

        String teamFilter = team;
        List<EmployeeReport> employees = report.employees().stream()
                .filter(e -> teamFilter == null || e.team().equals(teamFilter)).toList();
        return new View(report, query, team, severity, type, report.teams().stream().map(GroupReport::name).toList(),
                focus, flags.stream().filter(f -> f.severity().equals(Flag.HIGH)).count(),
                flags.stream().filter(f -> f.severity().equals(Flag.WARNING)).count(), chart,
                ReportTables.groups(query, report, teams, processes, links).sorted(),
                ReportTables.flags(query, flags, report).sorted().linked(subjects, cycleId),
                ReportTables.employees(query, employees, links).sorted(), rules.anonymityThreshold());
    }

    /** Whether a flag is about the team, one of its members, or a customer whose flag names one. */
    static boolean concerns(Flag flag, String team, Map<String, String> teamOf) {
        return switch (flag.subjectType()) {
            case Flag.TEAM -> flag.subject().equals(team);
            case Flag.EMPLOYEE -> team.equals(teamOf.get(flag.subject()));
            case Flag.CUSTOMER -> namedEmployees(flag).stream().anyMatch(email -> team.equals(teamOf.get(email)));
            default -> false;
        };
    }

    /** The employees a customer's flag names in its evidence. */
    static List<String> namedEmployees(Flag flag) {
        Object many = flag.evidence().get("employees");
        if (many instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        Object one = flag.evidence().get("employee");
        return one == null ? List.of() : List.of(one.toString());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
