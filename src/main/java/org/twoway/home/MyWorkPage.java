package org.twoway.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twoway.cycles.ReviewCycle;
import org.twoway.effort.EffortEntry;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.PainReport;
import org.twoway.friction.PainReports;
import org.twoway.loop.FollowUp;
import org.twoway.people.CurrentEmployee;
import org.twoway.people.Employee;
import org.twoway.system.Role;

/**
 * An employee's home: first the follow-ups they owe customers, then the open cycle, their process-pain report on
 * each process, the hours they recorded on customers, and their frozen reports of closed cycles.
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE)
public class MyWorkPage {

    /** A process and the employee's report on it in the open cycle, or null when they filed none. */
    public record ProcessLine(BusinessProcess process, PainReport report) {
    }

    /** The employee's follow-ups: those still open (any cycle), the most urgent first, and those closed in the open cycle. */
    public record FollowUps(List<FollowUp> open, List<FollowUp> closed) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Employee employee, FollowUps followUps, ReviewCycle cycle,
                List<ProcessLine> processes, List<EffortEntry> entries, BigDecimal totalHours, List<PainReport> frozen);
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
            return Templates.home(employee, followUps, null, List.of(), List.of(), BigDecimal.ZERO, frozen);
        }
        Map<Long, PainReport> filed = reports.own(employee.id, cycle).stream()
                .collect(Collectors.toMap(r -> r.process.id, Function.identity()));
        List<ProcessLine> processes = BusinessProcess.listActive().stream()
                .map(p -> new ProcessLine(p, filed.get(p.id)))
                .toList();
        List<EffortEntry> entries = EffortEntry.listOwn(cycle, employee.id);
        BigDecimal total = entries.stream().map(e -> e.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Templates.home(employee, followUps, cycle, processes, entries, total, frozen);
    }
}
