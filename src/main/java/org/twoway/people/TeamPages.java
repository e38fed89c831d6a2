package org.twoway.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.Forms;
import org.twoway.system.Role;

/** HR's list of teams, and the form to add, rename, deactivate and reactivate one. */
@Path("/hr/teams")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class TeamPages {

    public record Row(Team team, long members) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows);

        static native TemplateInstance form(Long id, TeamInput form, FormErrors errors);
    }

    private final Teams teams;
    private final Forms forms;

    TeamPages(Teams teams, Forms forms) {
        this.teams = teams;
        this.forms = forms;
    }

    @GET
    public TemplateInstance list() {
        List<Row> rows = Team.listAllByName().stream()
                .map(team -> new Row(team, Employee.count("team = ?1 and active = true", team)))
                .toList();
        return Templates.list(rows);
    }

    @GET
    @Path("new")
    public TemplateInstance showNew() {
        return Templates.form(null, new TeamInput(""), FormErrors.none());
    }

    @POST
    public Response create(@RestForm String name) {
        TeamInput input = new TeamInput(name);
        return save(null, input, () -> teams.create(input));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance showEdit(@RestPath long id) {
        return Templates.form(id, TeamInput.of(teams.find(id)), FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @RestForm String name) {
        TeamInput input = new TeamInput(name);
        return save(id, input, () -> teams.update(id, input));
    }

    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@RestPath long id) {
        Team team = teams.setActive(id, false);
        return Flash.redirect(PeopleUris.teams(), "Team “" + team.name + "” deactivated. Its history is kept.");
    }

    @POST
    @Path("{id}/activate")
    public Response activate(@RestPath long id) {
        Team team = teams.setActive(id, true);
        return Flash.redirect(PeopleUris.teams(), "Team “" + team.name + "” is active again.");
    }

    private Response save(Long id, TeamInput input, java.util.function.Supplier<Team> action) {
        return Forms.submit(forms.check(input), errors -> Templates.form(id, input, errors), () -> {
            Team team = action.get();
            return Flash.redirect(PeopleUris.teams(), "Team “" + team.name + "” saved.");
        });
    }
}
