package org.twoway.reports;

import static org.twoway.reports.Table.Cell.link;
import static org.twoway.reports.Table.Cell.number;
import static org.twoway.reports.Table.Cell.text;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.FrictionFigures;
import org.twoway.friction.FrictionOverview;
import org.twoway.friction.PainFigureQueries;
import org.twoway.people.Team;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EmployeeReport;
import org.twoway.scoring.Flag;
import org.twoway.scoring.GroupReport;
import org.twoway.scoring.SubjectType;
import org.twoway.system.Numbers;
import org.twoway.system.Refusal;

/**
 * A team's or a process's page in a cycle ({@link TeamReportPage}, {@link ProcessReportPage}): CS, EX and AND with what they rest on, the friction
 * heatmap and the ideas for a fix, within the anonymity rule; on a team's, whether it and each member closed the loop
 * on their follow-ups; on a process's, the actions HR recorded on it with its EX before and after each.
 *
 * <p>Everything from pain reports is as a closed cycle published it (the last closed one's while
 * this cycle is open, labelled so). The heatmap has one row per process, as the friction page shows
 * them (a process hidden there is hidden here), and on a team's page the team's own row. It never
 * crosses team and process, whose cells would be small. Ideas for a fix are those of the process as
 * the friction page shows them, or on a team's page those of the team-by-process cells that the
 * publication lets carry the team's name.
 */
@ApplicationScoped
public class GroupViews {

    @TemplateData
    public record View(CycleReport report, SubjectType kind, GroupReport group, FrictionOverview.View friction, Table heatmap,
            List<FrictionOverview.ProcessIdeas> ideas, boolean ideasAllowed, Table actions, Long recordActionOn, Table members,
            Table followUps, Table flags) {

        public List<Table> tables() {
            List<Table> tables = new ArrayList<>(List.of(heatmap, flags));
            if (members != null) {
                tables.add(members);
                tables.add(followUps);
            } else {
                tables.add(actions);
            }
            return tables;
        }

        public boolean isTeam() {
            return kind == SubjectType.TEAM;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance group(View view);
    }

    private final CycleReports reports;
    private final FrictionOverview friction;
    private final PainFigureQueries published;
    private final Subjects subjects;
    private final TableDownloads downloads;

    GroupViews(CycleReports reports, FrictionOverview friction, PainFigureQueries published, Subjects subjects,
            TableDownloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
        this.friction = friction;
        this.published = published;
        this.subjects = subjects;
    }

    /** The page, or with {@code csv} one of its tables as a CSV download. */
    @Transactional
    Response page(long cycleId, boolean team, long groupId, String sort, String dir, String csv, String all) {
        String path = team ? ReportUris.teamReport(cycleId, groupId) : ReportUris.processReport(cycleId, groupId);
        View view = view(cycleId, team, groupId, new PageQuery(path, sort, dir).showAll(all));
        if (csv != null) {
            return downloads.csv(csv, view.tables(), "twoway-cycle-" + cycleId + "-" + view.kind().wire() + "-" + groupId);
        }
        return Response.ok(Templates.group(view)).build();
    }

    private View view(long cycleId, boolean team, long groupId, PageQuery query) {
        CycleReport report = reports.of(cycleId);
        String name = team ? name(Team.findById(groupId), t -> ((Team) t).name, "team", groupId)
                : name(BusinessProcess.findById(groupId), p -> ((BusinessProcess) p).name, "process", groupId);
        List<GroupReport> groups = team ? report.teams() : report.processes();
        GroupReport group = groups.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow(() ->
                Refusal.notFound(name + " is not in the report of " + report.cycle().name() + "."));
        ReviewCycle cycle = ReviewCycle.require(cycleId);
        FrictionOverview.View overview = friction.of(cycle);
        Subjects.Links links = subjects.links(cycleId, List.of());

        Table heatmap = new Table("friction", "Friction by process, 1 (none) to 5 (severe)", query)
                .column("name", "Process").numeric("people", "People").numeric("timeWasted", "Time wasted")
                .numeric("tools", "Tools").numeric("handoffs", "Hand-offs").numeric("rules", "Rules")
                .numeric("customerPressure", "Customer pressure");
        boolean ideasAllowed = group.ex() != null;
        if (team) {
            overview.teams().stream().filter(r -> r.id() == groupId).findFirst()
                    .ifPresent(r -> heatRow(heatmap, text("Team " + name + " (all its processes)"), r.figures(), true));
        }
        for (FrictionOverview.Row row : overview.processes()) {
            String href = links.process(row.name());
            heatRow(heatmap, href == null ? text(row.name()) : link(row.name(), href), row.figures(),
                    !team && row.name().equals(name));
        }

        List<FrictionOverview.ProcessIdeas> ideas = !ideasAllowed ? List.of() : team ? friction.teamIdeas(cycle, groupId)
                : overview.ideas().stream().filter(p -> p.process().equals(name)).toList();

        SubjectType kind = team ? SubjectType.TEAM : SubjectType.PROCESS;
        List<Flag> flags = report.flags().stream().filter(f -> f.subjectType() == kind && f.subject().equals(name)).toList();
        List<EmployeeReport> inTeam = report.employees().stream().filter(e -> e.team().equals(name)).toList();
        Table members = team ? ReportTables.employees(query, inTeam, links).sorted() : null;
        Table followUps = team ? followUps(query, group, inTeam, links) : null;
        BusinessProcess process = team ? null : BusinessProcess.<BusinessProcess>findById(groupId);
        Table actions = team ? null : ProcessActionsTable.of(query, cycle, process, published.ofProcess(process)).sorted();
        Long recordActionOn = process != null && process.active && cycle.isOpen() ? process.id : null;
        return new View(report, kind, group, overview, heatmap.sorted(), ideas, ideasAllowed, actions, recordActionOn, members,
                followUps, ReportTables.flags(query, flags, report).sorted().linked(subjects, cycleId));
    }

    /** The team's follow-ups on a row of its own, shaded as the heatmap's own row is, and each member's. */
    private static Table followUps(PageQuery query, GroupReport team, List<EmployeeReport> members, Subjects.Links links) {
        Table table = ReportTables.followUps(query, "followUps", "Follow-ups of the team and its members");
        ReportTables.followUpRow(table, text("Team " + team.name() + " (all its members)").shaded("mine"), team.loop());
        for (EmployeeReport e : members) {
            String href = links.employee(e.email());
            ReportTables.followUpRow(table, href == null ? text(e.name()) : link(e.name(), href), e.loop());
        }
        return table.sorted();
    }

    private static void heatRow(Table table, Table.Cell name, FrictionFigures figures, boolean mine) {
        Table.Cell label = name.shaded(mine ? "mine" : null);
        if (figures == null) {
            table.row(label, number(null, null, Numbers.NONE), heat(null, Words.HIDDEN), heat(null, Numbers.NONE),
                    heat(null, Numbers.NONE), heat(null, Numbers.NONE), heat(null, Numbers.NONE));
            return;
        }
        table.row(label, number(figures.reporters(), Integer.toString(figures.reporters()), Numbers.NONE),
                heat(figures.timeWasted(), null), heat(figures.tools(), null), heat(figures.handoffs(), null),
                heat(figures.rules(), null), heat(figures.customerPressure(), null));
    }

    /** A friction mean, shaded h1 (none) to h5 (severe). */
    private static Table.Cell heat(Double mean, String missing) {
        if (mean == null) {
            return number(null, null, missing);
        }
        return number(mean, Numbers.oneDecimal(mean), null)
                .shaded("h" + Math.max(1, Math.min(5, Math.round(mean))));
    }

    private static String name(Object entity, Function<Object, String> name, String what, long id) {
        if (entity == null) {
            throw Refusal.notFound("There is no " + what + " " + id + ".");
        }
        return name.apply(entity);
    }
}
