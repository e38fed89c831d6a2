package org.twoway.friction;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.Role;

/** HR's view of where processes hurt in a cycle, within the limits that keep reporters anonymous. */
@Path("/hr/cycles/{id}/friction")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class FrictionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(FrictionOverview.View view);
    }

    private final FrictionOverview overview;

    FrictionPages(FrictionOverview overview) {
        this.overview = overview;
    }

    @GET
    public TemplateInstance show(@RestPath long id) {
        return Templates.overview(overview.of(ReviewCycle.require(id)));
    }
}
