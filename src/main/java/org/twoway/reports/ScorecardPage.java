package org.twoway.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.system.Role;

/** HR's scorecard of one employee in one cycle. */
@Path("/hr/cycles/{id}/employees/{employeeId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class ScorecardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(Scorecards.View view);
    }

    private final Scorecards scorecards;

    ScorecardPage(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    @Transactional
    public Response show(@RestPath long id, @RestPath long employeeId, @RestQuery String sort, @RestQuery String dir,
            @RestQuery String csv, @RestQuery String all) {
        Scorecards.View view = scorecards.forHr(id, employeeId, sort, dir, all);
        if (csv != null) {
            return Table.named(csv, view.tables()).csv("twoway-cycle-" + id + "-employee-" + employeeId);
        }
        return Response.ok(Templates.scorecard(view)).build();
    }
}
