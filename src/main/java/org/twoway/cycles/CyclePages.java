package org.twoway.cycles;

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
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.FormValues;
import org.twoway.system.Forms;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * HR's review cycles: the list (HR's start page), each cycle's hub with links to its links, effort and
 * report pages, the form to plan a draft, and the steps that open and close a cycle.
 */
@Path("/hr/cycles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class CyclePages {

    /** The form's fields as typed, so that a mistyped date comes back to be corrected. */
    public record Form(String name, String startsOn, String endsOn) {
        static Form of(ReviewCycle cycle) {
            return new Form(cycle.name, cycle.startsOn.toString(), cycle.endsOn.toString());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ReviewCycle> cycles, ReviewCycle open);

        static native TemplateInstance form(Long id, Form form, FormErrors errors);

        static native TemplateInstance hub(ReviewCycle cycle, String error);

        static native TemplateInstance close(ReviewCycle cycle, String error);
    }

    private static final String DATE = "Enter the date as year-month-day, such as 2026-10-01.";

    private final Cycles cycles;
    private final Forms forms;

    CyclePages(Cycles cycles, Forms forms) {
        this.cycles = cycles;
        this.forms = forms;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(ReviewCycle.listNewestFirst(), ReviewCycle.findOpen().orElse(null));
    }

    @GET
    @Path("new")
    public TemplateInstance showNew() {
        return Templates.form(null, new Form("", "", ""), FormErrors.none());
    }

    @POST
    public Response create(@RestForm String name, @RestForm String startsOn, @RestForm String endsOn) {
        return save(null, new Form(name, startsOn, endsOn), cycles::create);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        return Templates.hub(cycles.find(id), null);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance showEdit(@RestPath long id) {
        return Templates.form(id, Form.of(cycles.requireDraft(id)), FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @RestForm String name, @RestForm String startsOn, @RestForm String endsOn) {
        return save(id, new Form(name, startsOn, endsOn), input -> cycles.update(id, input));
    }

    @POST
    @Path("{id}/open")
    public Response open(@RestPath long id) {
        try {
            ReviewCycle cycle = cycles.open(id);
            return Flash.redirect(CycleUris.cycle(id), "The cycle “" + cycle.name
                    + "” is open: feedback links, effort and process-pain reports now go into it.");
        } catch (Refusal refusal) {
            return refusedOnHub(id, refusal);
        }
    }

    /** The second step before closing: closing cannot be undone. */
    @GET
    @Path("{id}/close")
    public Response confirmClose(@RestPath long id) {
        try {
            return Response.ok(Templates.close(cycles.requireOpen(id), null)).build();
        } catch (Refusal refusal) {
            return refusedOnHub(id, refusal);
        }
    }

    @POST
    @Path("{id}/close")
    public Response close(@RestPath long id, @RestForm String confirm) {
        if (!"yes".equals(confirm)) {
            return Response.status(400)
                    .entity(Templates.close(cycles.find(id), "Confirm on this page to close the cycle.")).build();
        }
        try {
            ReviewCycle cycle = cycles.close(id);
            return Flash.redirect(CycleUris.cycle(id), "The cycle “" + cycle.name
                    + "” is closed. Its data is frozen and its feedback links no longer work.");
        } catch (Refusal refusal) {
            return refusedOnHub(id, refusal);
        }
    }

    /** The cycle's hub again, saying why the step was refused. */
    private Response refusedOnHub(long id, Refusal refusal) {
        if (refusal.kind == Refusal.Kind.NOT_FOUND) {
            throw refusal;
        }
        return Response.status(refusal.kind.status).entity(Templates.hub(cycles.find(id), refusal.getMessage())).build();
    }

    private Response save(Long id, Form form, Function<ReviewCycleInput, ReviewCycle> action) {
        FormErrors errors = FormErrors.none();
        ReviewCycleInput input = new ReviewCycleInput(form.name(),
                FormValues.date(form.startsOn(), "startsOn", errors, DATE),
                FormValues.date(form.endsOn(), "endsOn", errors, DATE));
        errors.addAll(forms.check(input));
        return Forms.submit(errors, shown -> Templates.form(id, form, shown), () -> {
            ReviewCycle cycle = action.apply(input);
            return Flash.redirect(CycleUris.cycle(cycle.id), "The cycle “" + cycle.name
                    + "” is saved as a draft. Open it when feedback and reports should start.");
        });
    }
}
