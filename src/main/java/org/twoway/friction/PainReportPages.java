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
import java.math.BigDecimal;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.CurrentEmployee;
import org.twoway.people.RoleHomes;
import org.twoway.scoring.ScoringRules;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.Forms;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * An employee's report on one process in one cycle: a form while the cycle is open (to file it or
 * change it), a read-only page once the cycle is closed.
 */
@Path("/me/cycles/{cycleId}/pain-reports/{processId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE)
public class PainReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ReviewCycle cycle, BusinessProcess process, boolean filed,
                PainReportInput form, String hours, int k, FormErrors errors);

        static native TemplateInstance frozen(ReviewCycle cycle, PainReport report);
    }

    private final PainReports reports;
    private final CurrentEmployee me;
    private final Forms forms;
    private final ScoringRules scoring;
    private final RoleHomes homes;

    PainReportPages(PainReports reports, CurrentEmployee me, Forms forms, ScoringRules scoring, RoleHomes homes) {
        this.reports = reports;
        this.homes = homes;
        this.me = me;
        this.forms = forms;
        this.scoring = scoring;
    }

    @GET
    public TemplateInstance show(@RestPath long cycleId, @RestPath long processId) {
        ReviewCycle cycle = ReviewCycle.require(cycleId);
        BusinessProcess process = PainReports.process(processId);
        if (cycle.isClosed()) {
            return Templates.frozen(cycle, reports.own(me.id(), cycle, process)
                    .orElseThrow(() -> Refusal.notFound("You filed no report on “" + process.name + "” in " + cycle.name + ".")));
        }
        if (!cycle.isOpen()) {
            throw Refusal.wrongState("The cycle “" + cycle.name + "” is not open yet.");
        }
        return reports.own(me.id(), cycle, process)
                .map(report -> Templates.form(cycle, process, true, PainReportInput.of(report),
                        report.hoursLostPerWeek.toPlainString(), scoring.anonymityThreshold(), FormErrors.none()))
                .orElseGet(() -> Templates.form(cycle, process, false, PainReportInput.blank(process), "",
                        scoring.anonymityThreshold(), FormErrors.none()));
    }

    @POST
    public Response save(@RestPath long cycleId, @RestPath long processId,
            @RestForm String timeWasted, @RestForm String tools, @RestForm String handoffs, @RestForm String rules,
            @RestForm String customerPressure, @RestForm String hoursLostPerWeek, @RestForm String fix,
            @RestForm String anonymous) {
        ReviewCycle cycle = ReviewCycle.require(cycleId);
        BusinessProcess process = PainReports.process(processId);
        // Anonymous unless the person explicitly chose to give their name.
        PainReportInput input = new PainReportInput(process.name, rating(timeWasted), rating(tools), rating(handoffs),
                rating(rules), rating(customerPressure), hours(hoursLostPerWeek), fix, !"false".equals(anonymous));
        boolean filed = reports.own(me.id(), cycle, process).isPresent();
        String hoursTyped = hoursLostPerWeek == null ? "" : hoursLostPerWeek;
        FormErrors errors = forms.check(input);
        if (errors.any()) {
            return Response.status(400)
                    .entity(Templates.form(cycle, process, filed, input, hoursTyped, scoring.anonymityThreshold(), errors)).build();
        }
        try {
            if (filed) {
                reports.edit(me.id(), cycleId, processId, input);
            } else {
                reports.file(me.id(), cycleId, input);
            }
        } catch (Refusal refusal) {
            if (refusal.field == null) {
                throw refusal;
            }
            // The form has no process field: the reason shows at the top.
            return Response.status(refusal.kind.status).entity(Templates.form(cycle, process, filed, input,
                    hoursTyped, scoring.anonymityThreshold(), FormErrors.none().add("form", refusal.getMessage()))).build();
        }
        return Flash.redirect(homes.employee(), "Your report on “" + process.name + "” is saved"
                + (input.anonymous() ? " anonymously" : " with your name") + ". You can change it until the cycle closes.");
    }

    private static Integer rating(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Hours as typed; a decimal comma is read as a point. Not a number: null, which the form reports. */
    private static BigDecimal hours(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
