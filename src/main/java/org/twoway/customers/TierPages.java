package org.twoway.customers;

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
import java.util.Map;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.FormValues;
import org.twoway.system.Forms;
import org.twoway.system.Numbers;
import org.twoway.system.Role;

/**
 * HR's list of service tiers (the written commitments), with how many of each tier's customers needed special
 * situations in the open cycle and the last closed one, and the form to add, change, deactivate and reactivate one.
 */
@Path("/hr/tiers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class TierPages {

    /** A tier, its active customers, and how many customers of it needed special situations in each cycle shown. */
    public record Row(ServiceTier tier, long customers, long specialInOpen, long specialInClosed) {
    }

    /** The open cycle and the last closed one (before it), either possibly none, whose special situations are counted. */
    public record Counted(ReviewCycle open, ReviewCycle closed) {
    }

    /** The form's fields as typed, so that a mistyped number comes back to be corrected. */
    public record Form(String name, String entitledHours, String description) {
        static Form of(ServiceTier tier) {
            return new Form(tier.name, Numbers.plain(tier.entitledHours), tier.description);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, Counted cycles);

        static native TemplateInstance form(Long id, Form form, FormErrors errors);
    }

    private final Tiers tiers;
    private final Forms forms;
    private final SpecialSituationCounts special;

    TierPages(Tiers tiers, Forms forms, SpecialSituationCounts special) {
        this.tiers = tiers;
        this.forms = forms;
        this.special = special;
    }

    @GET
    public TemplateInstance list() {
        Map<Long, Long> customers = Customer.countActiveByTier();
        ReviewCycle open = ReviewCycle.findOpen().orElse(null);
        ReviewCycle closed = (open != null ? open.previousClosed() : ReviewCycle.listStartedNewestFirst().stream()
                .filter(ReviewCycle::isClosed).findFirst()).orElse(null);
        Map<Long, Long> inOpen = open == null ? Map.of() : special.customersByTier(open.id);
        Map<Long, Long> inClosed = closed == null ? Map.of() : special.customersByTier(closed.id);
        return Templates.list(ServiceTier.listAllByHours().stream()
                .map(tier -> new Row(tier, customers.getOrDefault(tier.id, 0L), inOpen.getOrDefault(tier.id, 0L),
                        inClosed.getOrDefault(tier.id, 0L)))
                .toList(), new Counted(open, closed));
    }

    @GET
    @Path("new")
    public TemplateInstance showNew() {
        return Templates.form(null, new Form("", "", ""), FormErrors.none());
    }

    @POST
    public Response create(@RestForm String name, @RestForm String entitledHours, @RestForm String description) {
        Form form = new Form(name, entitledHours, description);
        return save(null, form, input -> tiers.create(input));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance showEdit(@RestPath long id) {
        return Templates.form(id, Form.of(tiers.find(id)), FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @RestForm String name, @RestForm String entitledHours,
            @RestForm String description) {
        Form form = new Form(name, entitledHours, description);
        return save(id, form, input -> tiers.update(id, input));
    }

    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@RestPath long id) {
        ServiceTier tier = tiers.setActive(id, false);
        return Flash.redirect(CustomerUris.tiers(), "Service tier “" + tier.name
                + "” deactivated. Customers on it keep it; new customers cannot be put on it.");
    }

    @POST
    @Path("{id}/activate")
    public Response activate(@RestPath long id) {
        ServiceTier tier = tiers.setActive(id, true);
        return Flash.redirect(CustomerUris.tiers(), "Service tier “" + tier.name + "” is active again.");
    }

    private Response save(Long id, Form form, Function<TierInput, ServiceTier> action) {
        FormErrors errors = FormErrors.none();
        TierInput input = new TierInput(form.name(),
                FormValues.decimal(form.entitledHours(), "entitledHours", errors, "Enter the hours as a number, such as 40 or 12.5."),
                form.description());
        errors.addAll(forms.check(input));
        return Forms.submit(errors, shown -> Templates.form(id, form, shown), () -> {
            ServiceTier tier = action.apply(input);
            return Flash.redirect(CustomerUris.tiers(), "Service tier “" + tier.name + "” saved.");
        });
    }
}
