package org.twoway.loop;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.Forms;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * "A customer came to me" (loop.md 2): whoever took the call records it in a minute and hands it back to the
 * customer's account manager. Without JavaScript it takes two steps: first the customer, then the sentence to say
 * with the account manager the written rule proposes, who may be changed, and what it is about.
 */
@Path("/direct-contacts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.HR, Role.EMPLOYEE})
public class DirectContactPage {

    /** The fields as sent, kept when the form is refused. */
    public record Form(String customer, String about, String via, String owner) {
    }

    /**
     * The open cycle (none: nothing can be recorded), the customers to choose from, the one chosen (null on the
     * first step), whom the rule proposes (null: nobody served them yet) and the owner selected.
     */
    public record View(ReviewCycle cycle, List<Customer> customers, Customer chosen, Employee proposed,
            List<Employee> employees, Long owner, Form form) {

        public List<CameVia> ways() {
            return List.of(CameVia.values());
        }

        /** Whether the form was sent with this customer. */
        public boolean sent(Customer customer) {
            return customer.id.toString().equals(form.customer());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directContact(View view, FormErrors errors);
    }

    private static final String CHOOSE_CUSTOMER = "Choose an active customer of the list.";

    private final FollowUps followUps;
    private final AccountManagers managers;

    DirectContactPage(FollowUps followUps, AccountManagers managers) {
        this.followUps = followUps;
        this.managers = managers;
    }

    @GET
    @Path("new")
    public Response showForm(@RestQuery String customer) {
        FormErrors errors = FormErrors.none();
        if (customer != null && !customer.isBlank() && activeCustomer(customer) == null) {
            errors.add("customer", CHOOSE_CUSTOMER);
        }
        return Response.status(errors.any() ? 400 : 200)
                .entity(page(new Form(customer, "", null, null), errors)).build();
    }

    @POST
    public Response record(@RestForm String customer, @RestForm String about, @RestForm String via, @RestForm String owner) {
        Form form = new Form(customer, about, via, owner);
        FormErrors errors = FormErrors.none();
        Customer chosen = activeCustomer(customer);
        if (chosen == null) {
            errors.add("customer", CHOOSE_CUSTOMER);
        }
        CameVia came = Arrays.stream(CameVia.values()).filter(v -> v.name().equals(via)).findFirst().orElse(null);
        if (came == null) {
            errors.add("via", "Choose how the customer came to you.");
        }
        Long ownerId = number(owner);
        if (owner != null && !owner.isBlank() && ownerId == null) {
            errors.add("owner", "Choose an active employee.");
        }
        return Forms.submit(errors, shown -> page(form, shown), () -> {
            ReviewCycle open = ReviewCycle.findOpen()
                    .orElseThrow(() -> Refusal.wrongState("No cycle is open; open one to record direct contacts."));
            FollowUp opened = followUps.recordDirectContact(open.id, chosen.id, about, came, ownerId);
            return Flash.redirect(LoopUris.followUp(opened.id), "Recorded: the follow-up on " + opened.customer.name
                    + " is " + opened.owner.name + "’s, who gets an email about it.");
        });
    }

    private TemplateInstance page(Form form, FormErrors errors) {
        ReviewCycle cycle = ReviewCycle.findOpen().orElse(null);
        Customer chosen = errors.get("customer") == null ? activeCustomer(form.customer()) : null;
        Employee proposed = cycle == null || chosen == null ? null : managers.propose(cycle.id, chosen.id).orElse(null);
        Long owner = number(form.owner());
        return Templates.directContact(new View(cycle, Customer.listActive(), chosen, proposed, Employee.listActive(),
                owner != null ? owner : proposed == null ? null : proposed.id, form), errors);
    }

    private static Customer activeCustomer(String id) {
        Long number = number(id);
        Customer customer = number == null ? null : Customer.findById(number);
        return customer != null && customer.active ? customer : null;
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
