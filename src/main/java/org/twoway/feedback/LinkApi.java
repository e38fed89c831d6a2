package org.twoway.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.system.Role;

/** Issuing a feedback link from another system: the answer holds the link's address, this one time. */
@Path("/api/v1/cycles/{id}/links")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR)
public class LinkApi {

    /** The new link's address (with its token) and when its cycle is due to close. */
    public record LinkJson(String url, Instant expiresAt) {
    }

    private final Links links;

    LinkApi(Links links) {
        this.links = links;
    }

    @POST
    public Response issueLink(@RestPath long id,
            @Valid @NotNull(message = "Send the link as a JSON object.") LinkRequest request) {
        IssuedLink issued = links.issue(id, request);
        return Response.status(Response.Status.CREATED).entity(new LinkJson(issued.url(), issued.expiresAt())).build();
    }
}
