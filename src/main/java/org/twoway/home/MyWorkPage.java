package org.twoway.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.twoway.cycles.ReviewCycle;
import org.twoway.effort.EffortEntry;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.PainReport;
import org.twoway.friction.PainReports;
import org.twoway.friction.ProcessAction;
import org.twoway.loop.FollowUp;
import org.twoway.people.CurrentEmployee;
import org.twoway.people.Employee;
import org.twoway.special.SpecialSituation;
import org.twoway.system.Role;

/**
 * An employee's home: first the follow-ups they owe customers, then the open cycle: what they promised beyond a tier
 * and HR's decision, their process-pain report on each process beside HR's actions on it ("you said, we did"), the
 * hours they recorded on customers; and their frozen reports of closed cycles.
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE)
public class MyWorkPage {

    /**
     * A process, the employee's report on it in the open cycle (null when they filed none), HR's actions on it in the
     * open cycle and the last closed one, and those of them done since the employee's latest report on it.
     */
    public record ProcessLine(BusinessProcess process, PainReport report, List<ProcessAction> actions,
            List<ProcessAction> changed) {
    }

    /** The employee's follow-ups: those still open (any cycle), the most urgent first, and those closed in the open cycle. */
    public record FollowUps(List<FollowUp> open, List<FollowUp> closed) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Employee employee, FollowUps followUps, ReviewCycle cycle,
                List<SpecialSituation> promised, List<ProcessLine> processes, List<EffortEntry> entries, BigDecimal totalHours,
                List<PainReport> frozen);
    }

    private final CurrentEmployee me;
    private final PainReports reports;

    MyWorkPage(CurrentEmployee me, PainReports reports) {
        this.me = me;
        this.reports = reports;
    }

    @GET
    public TemplateInstance home() {
        Employee employee = me.get();
        List<PainReport> frozen = reports.ownFrozen(employee.id);
        ReviewCycle cycle = ReviewCycle.findOpen().orElse(null);
        FollowUps followUps = new FollowUps(FollowUp.listOpenOwnedBy(employee.id),
                cycle == null ? List.of() : FollowUp.listClosedOwnedBy(employee.id, cycle.id));
        if (cycle == null) {
            ReviewCycle closed = latestClosed();
            List<ProcessLine> answered = closed == null ? List.of() : processes(employee, null, closed).stream()
                    .filter(line -> !line.actions().isEmpty()).toList();
            return Templates.home(employee, followUps, null, List.of(), answered, List.of(), BigDecimal.ZERO, frozen);
        }
        List<EffortEntry> entries = EffortEntry.listOwn(cycle, employee.id);
        BigDecimal total = entries.stream().map(e -> e.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Templates.home(employee, followUps, cycle, SpecialSituation.listPromisedBy(employee.id, cycle.id),
                processes(employee, cycle, cycle.previousClosed().orElse(null)), entries, total, frozen);
    }

    /**
     * Every active process with the employee's report on it in the open cycle (none open: null) and HR's actions of
     * the open and the closed cycle. An action done on or after the day of the employee's latest report on the process
     * (a report keeps its day only) is what changed since they reported. Nothing of anyone else's reports is read.
     */
    private List<ProcessLine> processes(Employee employee, ReviewCycle open, ReviewCycle closed) {
        Map<Long, PainReport> filed = open == null ? Map.of() : byProcess(reports.own(employee.id, open));
        Map<Long, PainReport> before = closed == null ? Map.of() : byProcess(reports.own(employee.id, closed));
        Map<Long, List<ProcessAction>> actions = ProcessAction.listInCycles(Stream.of(open, closed)
                .filter(Objects::nonNull).map(c -> c.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.process.id));
        return BusinessProcess.listActive().stream().map(p -> {
            List<ProcessAction> on = actions.getOrDefault(p.id, List.of());
            PainReport latest = filed.containsKey(p.id) ? filed.get(p.id) : before.get(p.id);
            List<ProcessAction> changed = latest == null ? List.of() : on.stream()
                    .filter(a -> a.isDone() && !a.doneAt.atZone(ZoneOffset.UTC).toLocalDate().isBefore(latest.changedOn))
                    .toList();
            return new ProcessLine(p, filed.get(p.id), on, changed);
        }).toList();
    }

    private static Map<Long, PainReport> byProcess(List<PainReport> reports) {
        return reports.stream().collect(Collectors.toMap(r -> r.process.id, Function.identity()));
    }

    /** With no cycle open, the last closed one: its actions (on the processes that have any) are what HR last said. */
    private static ReviewCycle latestClosed() {
        return ReviewCycle.listStartedNewestFirst().stream().filter(ReviewCycle::isClosed).findFirst().orElse(null);
    }
}
