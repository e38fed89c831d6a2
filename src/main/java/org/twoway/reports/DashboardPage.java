package org.twoway.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.system.Role;

/** HR's dashboard of a review cycle: who needs help, and why, in a minute. */
@Path("/hr/cycles/{id}/report")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard.View view);
    }

    private final Dashboard dashboard;
    private final TableDownloads downloads;

    DashboardPage(Dashboard dashboard, TableDownloads downloads) {
        this.dashboard = dashboard;
        this.downloads = downloads;
    }

    /** The page, or with {@code csv} one of its tables as a CSV download. */
    @GET
    public Response show(@RestPath long id, @RestQuery String team, @RestQuery String severity, @RestQuery String type,
            @RestQuery String sort, @RestQuery String dir, @RestQuery String csv, @RestQuery String all) {
        Dashboard.View view = dashboard.of(id, team, severity, type, sort, dir, all);
        if (csv != null) {
            return downloads.csv(csv, view.tables(), "twoway-cycle-" + id);
        }
        return Response.ok(Templates.dashboard(view)).build();
    }
}
