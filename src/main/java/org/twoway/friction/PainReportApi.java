package org.twoway.friction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.people.CurrentEmployee;
import org.twoway.system.Role;

/** An employee files a process-pain report for themselves; HR accounts have no employee and get 403. */
@Path("/api/v1/cycles/{id}/pain-reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EMPLOYEE)
public class PainReportApi {

    /** The report as filed: the reporter's own data, without keys or ids. */
    public record PainReportJson(long cycle, String process, int timeWasted, int tools, int handoffs, int rules,
            int customerPressure, BigDecimal hoursLostPerWeek, String fix, boolean anonymous) {
        static PainReportJson of(PainReport r) {
            return new PainReportJson(r.cycle.id, r.process.name, r.timeWasted, r.tools, r.handoffs, r.rules,
                    r.customerPressure, r.hoursLostPerWeek, r.fix, r.anonymous);
        }
    }

    private final PainReports reports;
    private final CurrentEmployee me;

    PainReportApi(PainReports reports, CurrentEmployee me) {
        this.reports = reports;
        this.me = me;
    }

    @POST
    public Response file(@RestPath long id,
            @Valid @NotNull(message = "Send the report as a JSON object.") PainReportInput input) {
        PainReport report = reports.file(me.id(), id, input);
        return Response.status(Response.Status.CREATED).entity(PainReportJson.of(report)).build();
    }
}
