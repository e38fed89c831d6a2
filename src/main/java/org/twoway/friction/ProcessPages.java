package org.twoway.friction;

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
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.Forms;
import org.twoway.system.Role;

/**
 * HR's list of business processes, each with a link to record an action on it in the open cycle, and the form to add,
 * change, deactivate and reactivate one.
 */
@Path("/hr/processes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class ProcessPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<BusinessProcess> processes, ReviewCycle open);

        static native TemplateInstance form(Long id, ProcessInput form, FormErrors errors);
    }

    private final Processes processes;
    private final Forms forms;

    ProcessPages(Processes processes, Forms forms) {
        this.processes = processes;
        this.forms = forms;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(BusinessProcess.listAllByName(), ReviewCycle.findOpen().orElse(null));
    }

    @GET
    @Path("new")
    public TemplateInstance showNew() {
        return Templates.form(null, new ProcessInput("", ""), FormErrors.none());
    }

    @POST
    public Response create(@RestForm String name, @RestForm String description) {
        ProcessInput input = new ProcessInput(name, description);
        return save(null, input, () -> processes.create(input));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance showEdit(@RestPath long id) {
        return Templates.form(id, ProcessInput.of(processes.find(id)), FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @RestForm String name, @RestForm String description) {
        ProcessInput input = new ProcessInput(name, description);
        return save(id, input, () -> processes.update(id, input));
    }

    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@RestPath long id) {
        BusinessProcess process = processes.setActive(id, false);
        return Flash.redirect(FrictionUris.processes(), "Process “" + process.name + "” deactivated. Its history is kept.");
    }

    @POST
    @Path("{id}/activate")
    public Response activate(@RestPath long id) {
        BusinessProcess process = processes.setActive(id, true);
        return Flash.redirect(FrictionUris.processes(), "Process “" + process.name + "” is active again.");
    }

    private Response save(Long id, ProcessInput input, Supplier<BusinessProcess> action) {
        return Forms.submit(forms.check(input), errors -> Templates.form(id, input, errors), () -> {
            BusinessProcess process = action.get();
            return Flash.redirect(FrictionUris.processes(), "Process “" + process.name + "” saved.");
        });
    }
}
