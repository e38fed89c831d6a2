package org.twoway.cycles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.system.Role;

@Path("/api/v1/cycles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR)
public class CycleApi {

    public record CycleJson(long id, String name, CycleState state, LocalDate startsOn, LocalDate endsOn,
            Instant openedAt, Instant closedAt) {
        static CycleJson of(ReviewCycle cycle) {
            return new CycleJson(cycle.id, cycle.name, cycle.state, cycle.startsOn, cycle.endsOn, cycle.openedAt,
                    cycle.closedAt);
        }
    }

    private final Cycles cycles;

    CycleApi(Cycles cycles) {
        this.cycles = cycles;
    }

    /** Every cycle, newest first. */
    @GET
    public List<CycleJson> list() {
        return ReviewCycle.listNewestFirst().stream().map(CycleJson::of).toList();
    }

    @GET
    @Path("{id}")
    public CycleJson show(@RestPath long id) {
        return CycleJson.of(cycles.find(id));
    }

    @POST
    public Response create(@Valid @NotNull(message = "Send the cycle as a JSON object.") ReviewCycleInput input) {
        ReviewCycle cycle = cycles.create(input);
        return Response.created(UriBuilder.fromResource(CycleApi.class).path(CycleApi.class, "show").build(cycle.id)).entity(CycleJson.of(cycle)).build();
    }

    @POST
    @Path("{id}/open")
    public CycleJson open(@RestPath long id) {
        return CycleJson.of(cycles.open(id));
    }

    @POST
    @Path("{id}/close")
    public CycleJson close(@RestPath long id) {
        return CycleJson.of(cycles.close(id));
    }
}
