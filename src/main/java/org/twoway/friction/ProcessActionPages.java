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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.FormValues;
import org.twoway.system.Forms;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * "You said, we did" (loop.md 4), HR's side: a cycle's process actions, the form to record one for a process while the
 * cycle is open, and a step forward for each one that is not done. A closed cycle's actions are shown, not changed.
 * Nothing here says who reported pain on a process. Every rule is {@link ProcessActions}'.
 */
@Path("/hr/cycles/{cycle}/process-actions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class ProcessActionPages {

    /** The record form's fields as sent, kept when it is refused. */
    public record Form(String process, String what, String carriedBy, String due) {

        static Form empty() {
            return new Form(null, "", "", "");
        }
    }

    /** The cycle's actions, the processes to choose from, the record form, and the action whose step was refused, if any. */
    public record View(ReviewCycle cycle, List<ProcessAction> actions, List<BusinessProcess> processes, Form form,
            Long refusedId) {

        public boolean sent(BusinessProcess process) {
            return process.id.toString().equals(form.process());
        }

        /** The states an action can still move to: forward only. */
        public List<ActionState> next(ProcessAction action) {
            return Arrays.stream(ActionState.values()).filter(s -> s.ordinal() > action.state.ordinal()).toList();
        }

        /** Whether this action's step was the one refused, whose message shows by its form. */
        public boolean refused(ProcessAction action) {
            return action.id.equals(refusedId);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance actions(View view, FormErrors errors);
    }

    private final ProcessActions actions;

    ProcessActionPages(ProcessActions actions) {
        this.actions = actions;
    }

    /** The list, with the record form; {@code process} chooses the process in the form, as a process's page links it. */
    @GET
    public TemplateInstance list(@RestPath long cycle, @RestQuery String process) {
        return page(cycle, new Form(process, "", "", ""), null, FormErrors.none());
    }

    @POST
    public Response record(@RestPath long cycle, @RestForm String process, @RestForm String what,
            @RestForm String carriedBy, @RestForm String due) {
        Form form = new Form(process, what, carriedBy, due);
        FormErrors errors = FormErrors.none();
        LocalDate dueOn = FormValues.date(due, "due", errors, "Enter the date as year-month-day, such as 2026-10-01.");
        Long processId = number(process);
        return Forms.submit(errors, shown -> page(cycle, form, null, shown), () -> {
            ProcessAction recorded = actions.record(cycle, new ProcessActions.Plan(processId, what, carriedBy, dueOn));
            return Flash.redirect(FrictionUris.processActions(cycle), "Recorded for " + recorded.process.name
                    + ": planned, carried by " + recorded.carriedBy + ", due " + recorded.dueOn
                    + ". Every employee sees it on My work.");
        });
    }

    @POST
    @Path("{action}/state")
    public Response move(@RestPath long cycle, @RestPath long action, @RestForm String state) {
        ProcessAction moving = ProcessAction.<ProcessAction>findByIdOptional(action)
                .filter(a -> a.cycle.id == cycle)
                .orElseThrow(() -> Refusal.notFound("There is no process action " + action + " in this cycle."));
        ActionState chosen = Arrays.stream(ActionState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
        return Forms.submit(FormErrors.none(), shown -> page(cycle, Form.empty(), moving.id, shown), () -> {
            ProcessAction moved = actions.moveTo(moving.id, chosen);
            return Flash.redirect(FrictionUris.processActions(cycle), "The action on " + moved.process.name + " is "
                    + moved.state.label + (moved.isDone() ? "; My work tells every employee what changed." : "."));
        });
    }

    private TemplateInstance page(long cycle, Form form, Long refused, FormErrors errors) {
        return Templates.actions(new View(ReviewCycle.require(cycle), ProcessAction.listInCycle(cycle),
                BusinessProcess.listActive(), form, refused), errors);
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
