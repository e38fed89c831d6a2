package org.twoway.people;

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
import java.util.List;
import org.twoway.system.Role;

@Path("/api/v1/teams")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR)
public class TeamApi {

    public record TeamJson(long id, String name, boolean active) {
        static TeamJson of(Team team) {
            return new TeamJson(team.id, team.name, team.active);
        }
    }

    private final Teams teams;

    TeamApi(Teams teams) {
        this.teams = teams;
    }

    @GET
    public List<TeamJson> list() {
        return Team.listAllByName().stream().map(TeamJson::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull(message = "Send the team as a JSON object.") TeamInput input) {
        Team team = teams.create(input);
        return Response.created(UriBuilder.fromResource(TeamApi.class).segment(team.id.toString()).build()).entity(TeamJson.of(team)).build();
    }
}
