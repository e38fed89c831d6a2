package org.twoway.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.system.Role;

/** HR's page of one team in one cycle. */
@Path("/hr/cycles/{id}/teams/{groupId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class TeamReportPage {

    private final GroupViews views;

    TeamReportPage(GroupViews views) {
        this.views = views;
    }

    @GET
    public Response show(@RestPath long id, @RestPath long groupId, @RestQuery String sort, @RestQuery String dir,
            @RestQuery String csv, @RestQuery String all) {
        return views.page(id, true, groupId, sort, dir, csv, all);
    }
}
