package org.twoway.friction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.system.Role;

/** One process action: HR and every employee read it; HR moves it forward, from planned through in progress to done. */
@Path("/api/v1/process-actions/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR, Role.EMPLOYEE})
public class ProcessActionApi {

    public record StateInput(@NotNull(message = "Say where it is now: PLANNED, IN_PROGRESS or DONE.") ActionState state) {
    }

    private final ProcessActions actions;

    ProcessActionApi(ProcessActions actions) {
        this.actions = actions;
    }

    @GET
    public ProcessActionJson show(@RestPath long id) {
        return ProcessActionJson.of(ProcessAction.require(id));
    }

    @POST
    @Path("state")
    @RolesAllowed(Role.HR)
    public ProcessActionJson move(@RestPath long id,
            @Valid @NotNull(message = "Send the new state as a JSON object.") StateInput input) {
        return ProcessActionJson.of(actions.moveTo(id, input.state()));
    }
}
