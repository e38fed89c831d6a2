package org.twoway.customers;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.Forms;
import org.twoway.system.Paging;
import org.twoway.system.Role;

/** HR's customers: a searchable list a page at a time, each customer's page, and the form to add or change one. */
@Path("/hr/customers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class CustomerPages {

    static final int PAGE_SIZE = 50;

    /** One page of the list: the customers on it, where it sits in the whole, and the search that made it. */
    public record Listing(List<Customer> customers, String q, Paging paging) {
    }

    /** What a customer received in one cycle against what its tier promises. */
    public record CycleHours(ReviewCycle cycle, HoursAgainstEntitlement usage) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Listing listing);

        static native TemplateInstance form(Long id, CustomerInput form, List<String> tiers, FormErrors errors);

        static native TemplateInstance detail(Customer customer, List<CycleHours> hours);
    }

    private final Customers customers;
    private final Forms forms;
    private final HoursReceived hoursReceived;

    CustomerPages(Customers customers, Forms forms, HoursReceived hoursReceived) {
        this.customers = customers;
        this.forms = forms;
        this.hoursReceived = hoursReceived;
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery @DefaultValue("1") int page) {
        PanacheQuery<Customer> query = Customer.search(q);
        Paging paging = Paging.of(page, query.count(), PAGE_SIZE);
        return Templates.list(new Listing(query.page(paging.rows()).list(), q == null ? "" : q.strip(), paging));
    }

    @GET
    @Path("new")
    public TemplateInstance showNew() {
        return Templates.form(null, new CustomerInput("", "", "", ""), tierChoices(null), FormErrors.none());
    }

    @POST
    public Response create(@RestForm String ref, @RestForm String name, @RestForm String tier, @RestForm String email) {
        CustomerInput input = new CustomerInput(ref, name, tier, email);
        return save(null, input, () -> customers.create(input));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        Customer customer = customers.find(id);
        List<CycleHours> hours = ReviewCycle.listNewestFirst().stream()
                .filter(cycle -> !cycle.isDraft())
                .map(cycle -> new CycleHours(cycle, new HoursAgainstEntitlement(
                        hoursReceived.inCycle(cycle.id, customer.id), customer.tier.entitledHours)))
                .toList();
        return Templates.detail(customer, hours);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance showEdit(@RestPath long id) {
        Customer customer = customers.find(id);
        return Templates.form(id, CustomerInput.of(customer), tierChoices(customer.tier), FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @RestForm String ref, @RestForm String name, @RestForm String tier,
            @RestForm String email) {
        CustomerInput input = new CustomerInput(ref, name, tier, email);
        return save(id, input, () -> customers.update(id, input));
    }

    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@RestPath long id) {
        Customer customer = customers.setActive(id, false);
        return Flash.redirect(CustomerUris.customer(id), "Customer “" + customer.name + "” deactivated. Its history is kept.");
    }

    @POST
    @Path("{id}/activate")
    public Response activate(@RestPath long id) {
        Customer customer = customers.setActive(id, true);
        return Flash.redirect(CustomerUris.customer(id), "Customer “" + customer.name + "” is active again.");
    }

    /** The active tiers' names, and the customer's own tier even if it was deactivated since. */
    private static List<String> tierChoices(ServiceTier current) {
        List<String> names = new ArrayList<>(ServiceTier.listActive().stream().map(tier -> tier.name).toList());
        if (current != null && !current.active) {
            names.add(current.name);
        }
        return names;
    }

    private Response save(Long id, CustomerInput input, Supplier<Customer> action) {
        return Forms.submit(forms.check(input), errors -> form(id, input, errors), () -> {
            Customer customer = action.get();
            return Flash.redirect(CustomerUris.customer(customer.id), "Customer “" + customer.name + "” saved.");
        });
    }

    private TemplateInstance form(Long id, CustomerInput input, FormErrors errors) {
        ServiceTier current = id == null ? null : customers.find(id).tier;
        return Templates.form(id, input, tierChoices(current), errors);
    }
}
