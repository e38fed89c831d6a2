package org.twoway.reports;

import static org.twoway.reports.Table.Cell.link;
import static org.twoway.reports.Table.Cell.number;
import static org.twoway.reports.Table.Cell.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.twoway.scoring.CustomerReport;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EmployeeReport;
import org.twoway.scoring.Flag;
import org.twoway.scoring.GroupReport;
import org.twoway.scoring.LoopMeasures;
import org.twoway.scoring.SubjectType;
import org.twoway.system.Numbers;

/** The tables that several report pages share, built from the report's lines. */
final class ReportTables {

    private ReportTables() {
    }

    /** Teams and processes with both halves and the AND score; hidden measures say why. */
    static Table groups(PageQuery query, CycleReport report, List<GroupReport> teams, List<GroupReport> processes,
            Subjects.Links links) {
        Table table = new Table("groups", "Teams and processes", query)
                .column("name", "Name").column("kind", "Kind")
                .numeric("cs", "CS").numeric("ex", "EX" + Words.asOf(report)).numeric("and", "AND").column("quadrant", "Quadrant")
                .numeric("andChange", "AND since last cycle").numeric("responses", "Responses").numeric("reporters", "Reporters (at least)");
        teams.forEach(t -> groupRow(table, t, SubjectType.TEAM, links.team(t.name())));
        processes.forEach(p -> groupRow(table, p, SubjectType.PROCESS, links.process(p.name())));
        return table;
    }

    private static void groupRow(Table table, GroupReport group, SubjectType kind, String href) {
        Double andChange = group.delta() == null ? null : group.delta().and();
        table.row(href == null ? text(group.name()) : link(group.name(), href), text(kind.wire()),
                measure(group.cs(), Words.FEW_RESPONSES), measure(group.ex(), Words.HIDDEN),
                measure(group.and(), Numbers.NONE), text(Words.quadrant(group.quadrant())),
                number(andChange, Numbers.delta(andChange), Numbers.NONE),
                number(group.responses(), Long.toString(group.responses()), Numbers.NONE),
                reporters(group));
    }

    /** A group's reporter count, only where its EX is shown: a hidden group's size is not told either. */
    static Table.Cell reporters(GroupReport group) {
        return group.reporters() == null ? number(null, null, Numbers.NONE)
                : number(group.reporters(), Integer.toString(group.reporters()), Numbers.NONE);
    }

    static Table.Cell measure(Double value, String missing) {
        return number(value, Numbers.measure(value), missing);
    }

    /**
     * Flags in the report's order (most severe first), each with its sentence and evidence; their
     * subjects become links with {@link Table#linked}.
     */
    static Table flags(PageQuery query, List<Flag> flags, CycleReport report) {
        Map<String, String> employees = new HashMap<>();
        report.employees().forEach(e -> employees.put(e.email(), e.name()));
        Set<String> refs = new HashSet<>();
        flags.stream().filter(f -> f.subjectType() == SubjectType.CUSTOMER).forEach(f -> refs.add(f.subject()));
        Map<String, String> customers = new HashMap<>();
        report.customers().stream().filter(c -> refs.contains(c.ref()))
                .forEach(c -> customers.put(c.ref(), c.name() + " (" + c.ref() + ")"));
        Table table = new Table("flags", "Flags", query)
                .column("severity", "Severity").column("flag", "Flag").column("subject", "About")
                .column("sentence", "What the rule found").column("evidence", "Evidence");
        for (Flag flag : flags) {
            String subject = switch (flag.subjectType()) {
                case EMPLOYEE -> employees.getOrDefault(flag.subject(), flag.subject());
                case CUSTOMER -> customers.getOrDefault(flag.subject(), flag.subject());
                case TEAM -> "Team " + flag.subject();
                case PROCESS -> "Process " + flag.subject();
            };
            table.row(Table.Cell.badge(flag.severity().wire()), text(Words.flag(flag.code())),
                    Table.Cell.subject(subject, flag.subjectType(), flag.subject()), text(flag.message()),
                    text(Evidence.describe(flag)));
        }
        return table;
    }

    /**
     * Whether the loop was closed: one row per team, or per employee, of the follow-ups they own, as of the report's
     * "now" (a closed cycle's: the moment it closed). Shares too small to judge show a dash.
     */
    static Table followUps(PageQuery query, String id, String caption) {
        return new Table(id, caption, query).column("name", "Name").numeric("followUps", "Due")
                .numeric("onTime", "In time").numeric("late", "Late").numeric("closedOnTime", "Share in time")
                .numeric("overdueNow", "Overdue now").numeric("byOthers", "First contact by others")
                .numeric("directContacts", "Direct contacts").numeric("recovery", "Next answer better");
    }

    /** A row of {@link #followUps}: a team's or an employee's follow-ups, its name linked where it has a page. */
    static void followUpRow(Table table, Table.Cell name, LoopMeasures loop) {
        table.row(name, count(loop.followUps()), count(loop.onTime()), count(loop.late()),
                number(loop.closedOnTimeShare(), Numbers.wholePercent(loop.closedOnTimeShare()), Numbers.NONE),
                count(loop.overdueNow()),
                number(loop.handledByOthersShare(), Numbers.wholePercent(loop.handledByOthersShare()) + " (" + loop.handledByOthers()
                        + " of " + loop.contacted() + ")", Numbers.NONE),
                count(loop.directContacts()),
                number(loop.recovery(), Numbers.wholePercent(loop.recovery()), Numbers.NONE));
    }

    private static Table.Cell count(long count) {
        return number(count, Long.toString(count), Numbers.NONE);
    }

    /**
     * Customers with the hours they received against their tier's entitlement, and at the end what was promised them
     * beyond it: their special situations that are not declined, and those situations' estimated hours.
     */
    static Table customers(PageQuery query, List<CustomerReport> customers) {
        Table table = new Table("customers", "Customers", query)
                .column("name", "Customer").column("tier", "Tier").numeric("hours", "Hours received")
                .numeric("entitled", "Entitled").numeric("responses", "Responses").column("flags", "Flags")
                .numeric("special", "Special situations").numeric("specialHours", "Special hours");
        for (CustomerReport c : customers) {
            table.row(Table.Cell.subject(c.name() + " (" + c.ref() + ")", SubjectType.CUSTOMER, c.ref()), text(c.tier()),
                    number(c.hours(), Numbers.hours(c.hours()), Numbers.NONE),
                    number(c.entitledHours(), Numbers.hours(c.entitledHours()), Numbers.NONE), count(c.responses()),
                    text(c.flags().stream().map(Words::flag).collect(Collectors.joining(", "))), count(c.specialCount()),
                    number(c.specialHours(), Numbers.hours(c.specialHours()), Numbers.NONE));
        }
        return table;
    }

    /** Employees with their shrunk score next to the number of responses and the raw mean. */
    static Table employees(PageQuery query, List<EmployeeReport> employees, Subjects.Links links) {
        Table table = new Table("employees", "Employees", query)
                .column("name", "Name").column("team", "Team").numeric("responses", "Responses")
                .numeric("rawMean", "Raw mean").numeric("score", "Score").numeric("previous", "Last cycle")
                .numeric("change", "Change").numeric("hours", "Hours").column("flags", "Flags");
        for (EmployeeReport e : employees) {
            String href = links.employee(e.email());
            table.row(href == null ? text(e.name()) : link(e.name(), href), text(e.team()),
                    number(e.responses(), Long.toString(e.responses()), Numbers.NONE),
                    number(e.rawMean(), Numbers.mean(e.rawMean()), Numbers.NONE),
                    number(e.score(), Numbers.mean(e.score()), Words.FEW_RESPONSES),
                    number(e.previousScore(), Numbers.mean(e.previousScore()), Numbers.NONE),
                    number(e.scoreDelta(), Numbers.delta(e.scoreDelta()), Numbers.NONE),
                    number(e.hours(), Numbers.hours(e.hours()), Numbers.NONE),
                    text(e.flags().stream().map(Words::flag).collect(Collectors.joining(", "))));
        }
        return table;
    }
}
