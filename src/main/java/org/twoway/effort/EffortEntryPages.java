package org.twoway.effort;

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
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.CurrentEmployee;
import org.twoway.people.RoleHomes;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.Forms;
import org.twoway.system.Numbers;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/** An employee records the hours they spent on customers in the open cycle, and corrects or deletes them. */
@Path("/me/effort")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE)
public class EffortEntryPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ReviewCycle cycle, Long id, EffortInput form, String hours,
                List<Customer> customers, FormErrors errors);
    }

    private final EffortEntries entries;
    private final CurrentEmployee me;
    private final Forms forms;
    private final RoleHomes homes;

    EffortEntryPages(EffortEntries entries, CurrentEmployee me, Forms forms, RoleHomes homes) {
        this.entries = entries;
        this.homes = homes;
        this.me = me;
        this.forms = forms;
    }

    @GET
    @Path("new")
    public TemplateInstance showNew() {
        ReviewCycle cycle = ReviewCycle.findOpen().orElseThrow(() -> Refusal.wrongState("No review cycle is open."));
        return Templates.form(cycle, null, new EffortInput("", null), "", Customer.listActive(), FormErrors.none());
    }

    @POST
    public Response add(@RestForm Long cycle, @RestForm String customer, @RestForm String hours) {
        ReviewCycle open = ReviewCycle.requireOpen(cycle == null ? 0 : cycle, "effort is frozen");
        EffortInput input = new EffortInput(customer, EffortHoursRule.parse(hours));
        return save(open, null, input, hours, () -> entries.add(me.id(), open.id, input));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance showEdit(@RestPath long id) {
        EffortEntry entry = entries.own(me.id(), id);
        return Templates.form(entry.cycle, id, EffortInput.of(entry), entry.hours.toPlainString(),
                Customer.listActive(), FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @RestForm String customer, @RestForm String hours) {
        EffortEntry entry = entries.own(me.id(), id);
        EffortInput input = new EffortInput(customer, EffortHoursRule.parse(hours));
        return save(entry.cycle, id, input, hours, () -> entries.edit(me.id(), id, input));
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath long id) {
        EffortEntry entry = entries.delete(me.id(), id);
        return Flash.redirect(homes.employee(), "Deleted " + Numbers.plain(entry.hours) + " h on "
                + entry.customer.name + ".");
    }

    private Response save(ReviewCycle cycle, Long id, EffortInput input, String typed,
            java.util.function.Supplier<EffortEntry> action) {
        String hoursTyped = typed == null ? "" : typed;
        return Forms.submit(forms.check(input),
                errors -> Templates.form(cycle, id, input, hoursTyped, Customer.listActive(), errors), () -> {
                    EffortEntry entry = action.get();
                    return Flash.redirect(homes.employee(), "Recorded " + Numbers.plain(entry.hours) + " h on "
                            + entry.customer.name + ".");
                });
    }
}
