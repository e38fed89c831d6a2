package org.twoway.reports;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EmployeeReport;
import org.twoway.scoring.Flag;
import org.twoway.scoring.GroupReport;
import org.twoway.scoring.ScoringRules;
import org.twoway.scoring.Severity;
import org.twoway.scoring.SubjectType;
import org.twoway.system.Refusal;

/**
 * A cycle's dashboard: the response rate, the AND score and its halves, the flags by severity, the
 * quadrant chart, the flags with their evidence, whether each team closed the loop on its follow-ups, the
 * employees, and the customers with what was promised them beyond their tier, optionally narrowed to one team
 * (its members), one severity or one kind of subject (the flags).
 *
 * <p>Filters only choose among what the unfiltered report already shows; they never compute a
 * figure over a new set of people. A team filter shows that team's own line of the report (whose
 * EX the report already hides where subtraction could reveal a small group), never "the company
 * without this team", so no combination of filters gives a total that the unfiltered pages do not.
 */
@ApplicationScoped
public class Dashboard {

    /**
     * @param focus     the company's line, or the filtered team's
     * @param teamNames every team of the report, for the filter
     */
    @TemplateData
    public record View(CycleReport report, PageQuery query, String team, Severity severity, SubjectType type,
            List<String> teamNames, GroupReport focus, long high, long warning, QuadrantChart chart,
            Table groups, Table flags, Table followUps, Table employees, Table customers, int k) {

        public List<Table> tables() {
            return List.of(groups, flags, followUps, employees, customers);
        }

        public String focusLabel() {
            return team == null ? "The company" : "Team " + team;
        }

        /** The severity filter's choices. */
        public List<Severity> severities() {
            return List.of(Severity.values());
        }

        /** The subject filter's choices. */
        public List<SubjectType> types() {
            return List.of(SubjectType.values());
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

    public View of(long cycleId, String team, String severityFilter, String typeFilter, String sort, String dir,
            String all) {
        CycleReport report = reports.of(cycleId);
        team = blankToNull(team);
        GroupReport focus = report.company();
        if (team != null) {
            String name = team;
            focus = report.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                    Refusal.invalid("team", "There is no team “" + name + "” in this cycle’s report."));
        }
        Severity severity = choice(severityFilter, Severity.values(), Severity::wire, () ->
                Refusal.invalid("severity", "Choose high or warning as the severity."));
        SubjectType type = choice(typeFilter, SubjectType.values(), SubjectType::wire, () ->
                Refusal.invalid("type", "Choose customer, employee, team or process as the subject."));
        PageQuery query = new PageQuery(ReportUris.report(cycleId), sort, dir).filter("team", team)
                .filter("severity", severity == null ? null : severity.wire())
                .filter("type", type == null ? null : type.wire()).showAll(all);

        Map<String, String> teamOf = new HashMap<>();
        report.employees().forEach(e -> teamOf.put(e.email(), e.team()));
        List<Flag> flags = new ArrayList<>();
        for (Flag flag : report.flags()) {
            if ((severity == null || flag.severity() == severity) && (type == null || flag.subjectType() == type)
                    && (team == null || concerns(flag, team, teamOf))) {
                flags.add(flag);
            }
        }
        Subjects.Links links = subjects.links(cycleId, List.of());

        QuadrantChart chart = new QuadrantChart(rules.quadrantThreshold());
        List<GroupReport> teams = team == null ? report.teams() : List.of(focus);
        List<GroupReport> processes = team == null ? report.processes() : List.of();
        teams.forEach(t -> chart.add(t, SubjectType.TEAM, links.team(t.name())));
        processes.forEach(p -> chart.add(p, SubjectType.PROCESS, links.process(p.name())));

        Table followUps = ReportTables.followUps(query, "followUps", "Follow-ups by team");
        teams.forEach(t -> ReportTables.followUpRow(followUps, linkOrText(t.name(), links.team(t.name())), t.loop()));

        String teamFilter = team;
        List<EmployeeReport> employees = report.employees().stream()
                .filter(e -> teamFilter == null || e.team().equals(teamFilter)).toList();
        return new View(report, query, team, severity, type, report.teams().stream().map(GroupReport::name).toList(),
                focus, flags.stream().filter(f -> f.severity() == Severity.HIGH).count(),
                flags.stream().filter(f -> f.severity() == Severity.WARNING).count(), chart,
                ReportTables.groups(query, report, teams, processes, links).sorted(),
                ReportTables.flags(query, flags, report).sorted().linked(subjects, cycleId), followUps.sorted(),
                ReportTables.employees(query, employees, links).sorted(),
                ReportTables.customers(query, report.customers()).sorted().linked(subjects, cycleId), rules.anonymityThreshold());
    }

    /** Whether a flag is about the team, one of its members, or a customer whose flag names one. */
    static boolean concerns(Flag flag, String team, Map<String, String> teamOf) {
        return switch (flag.subjectType()) {
            case TEAM -> flag.subject().equals(team);
            case EMPLOYEE -> team.equals(teamOf.get(flag.subject()));
            case CUSTOMER -> namedEmployees(flag).stream().anyMatch(email -> team.equals(teamOf.get(email)));
            case PROCESS -> false;
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

    private static Table.Cell linkOrText(String text, String href) {
        return href == null ? Table.Cell.text(text) : Table.Cell.link(text, href);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The choice whose wire name a filter gives, null for no filter, else the refusal. */
    private static <T> T choice(String filter, T[] choices, Function<T, String> wire, Supplier<Refusal> refusal) {
        String value = blankToNull(filter);
        if (value == null) {
            return null;
        }
        return Arrays.stream(choices).filter(c -> wire.apply(c).equals(value)).findFirst().orElseThrow(refusal);
    }
}
