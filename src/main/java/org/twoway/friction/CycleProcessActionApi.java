package org.twoway.friction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * "You said, we did" by API: HR records what will change about a process in a cycle; HR and every employee list a
 * cycle's actions, which say nothing of who reported pain. The rules are {@link ProcessActions}'.
 */
@Path("/api/v1/cycles/{id}/process-actions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR, Role.EMPLOYEE})
public class CycleProcessActionApi {

    /** The process by name; the due date as year-month-day. */
    public record ActionInput(
            @NotBlank(message = "Give the name of the process the action is for.")
            @Size(max = 100, message = "A process's name has at most 100 characters.")
            String process,
            String what,
            String carriedBy,
            LocalDate due) {

        public ActionInput {
            process = process == null ? null : process.strip();
        }
    }

    private final ProcessActions actions;

    CycleProcessActionApi(ProcessActions actions) {
        this.actions = actions;
    }

    /** By process, then the earliest due. */
    @GET
    public List<ProcessActionJson> list(@RestPath long id) {
        ReviewCycle.require(id);
        return ProcessActionJson.of(ProcessAction.listInCycle(id));
    }

    @POST
    @RolesAllowed(Role.HR)
    public Response record(@RestPath long id,
            @Valid @NotNull(message = "Send the action as a JSON object.") ActionInput input) {
        BusinessProcess process = BusinessProcess.findByName(input.process()).filter(p -> p.active)
                .orElseThrow(() -> Refusal.invalid("process", "There is no active process named “" + input.process() + "”."));
        ProcessAction action = actions.record(id, new ProcessActions.Plan(process.id, input.what(), input.carriedBy(), input.due()));
        return Response.created(UriBuilder.fromResource(ProcessActionApi.class).build(action.id))
                .entity(ProcessActionJson.of(action)).build();
    }
}
