package org.twoway.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EmployeeReport;
import org.twoway.scoring.LoopMeasures;
import org.twoway.system.Csv;
import org.twoway.system.Role;

/** The cycle report for other systems: the JSON of api.md, and a CSV of the employees with their follow-ups. */
@Path("/api/v1/cycles/{id}")
@RolesAllowed(Role.HR)
public class ReportApi {

    private final CycleReports reports;
    private final AuditLog audit;

    ReportApi(CycleReports reports, AuditLog audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @GET
    @Path("report")
    @Produces(MediaType.APPLICATION_JSON)
    public CycleReport report(@RestPath long id) {
        return reports.of(id);
    }

    @GET
    @Path("report.csv")
    @Produces("text/csv")
    public Response csv(@RestPath long id) {
        CycleReport report = reports.of(id);
        Csv csv = new Csv().row("email", "name", "team", "responses", "raw mean", "score", "previous score", "hours", "flags",
                "follow-ups", "on time", "late", "closed on time share", "handled by others share", "recovery", "overdue now");
        for (EmployeeReport e : report.employees()) {
            LoopMeasures loop = e.loop();
            csv.row(e.email(), e.name(), e.team(), e.responses(), e.rawMean(), e.score(), e.previousScore(), e.hours(),
                    e.flags().stream().map(Enum::name).collect(Collectors.joining(" ")), loop.followUps(), loop.onTime(),
                    loop.late(), loop.closedOnTimeShare(), loop.handledByOthersShare(), loop.recovery(), loop.overdueNow());
        }
        audit.record(AuditAction.EXPORTED, "CSV of the employees' report of cycle " + report.cycle().name()
                + " (" + id + ")");
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"twoway-cycle-" + id + "-employees.csv\"")
                .build();
    }
}
