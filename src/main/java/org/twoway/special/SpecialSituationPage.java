package org.twoway.special;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.CurrentAccount;
import org.twoway.people.Employee;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.FormValues;
import org.twoway.system.Forms;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * "Record a special situation" (loop.md 3): an employee writes down what they promised a customer beyond its written
 * tier, HR what anyone (or HR itself) did, into the open cycle. Each situation has a page for HR and its promiser,
 * where HR decides on it once, with a reason. Every rule is {@link SpecialSituations}'.
 */
@Path("/special-situations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.HR, Role.EMPLOYEE})
public class SpecialSituationPage {

    /** HR's choice of itself as the promiser, in the form. */
    static final String HR_ITSELF = "hr";

    /** The record form's fields as sent, kept when it is refused. */
    public record Form(String customer, String what, String hours, String promisedBy) {
    }

    /** The open cycle (none: nothing can be recorded), whom the form offers, and whether HR fills it in. */
    public record View(ReviewCycle cycle, List<Customer> customers, boolean hr, List<Employee> employees, Form form) {

        public boolean sent(Customer customer) {
            return customer.id.toString().equals(form.customer());
        }

        public boolean promiser(Employee employee) {
            return employee.id.toString().equals(form.promisedBy());
        }
    }

    /** The decision form's fields as sent. */
    public record Decide(String decision, String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(View view, FormErrors errors);

        static native TemplateInstance situation(SpecialSituation situation, boolean hr, Decide decide, FormErrors errors);
    }

    private static final String CHOOSE_CUSTOMER = "Choose the customer it was promised to.";

    private final SpecialSituations situations;
    private final CurrentAccount me;

    SpecialSituationPage(SpecialSituations situations, CurrentAccount me) {
        this.situations = situations;
        this.me = me;
    }

    @GET
    @Path("new")
    public TemplateInstance showForm() {
        return form(new Form(null, "", "", null), FormErrors.none());
    }

    @POST
    public Response record(@RestForm String customer, @RestForm String what, @RestForm String hours,
            @RestForm String promisedBy) {
        Form form = new Form(customer, what, hours, promisedBy);
        FormErrors errors = FormErrors.none();
        Customer chosen = activeCustomer(customer);
        if (chosen == null) {
            errors.add("customer", CHOOSE_CUSTOMER);
        }
        BigDecimal estimated = FormValues.decimal(hours, "hours", errors,
                "Give the estimated hours as a number, such as 4 or 2.5.");
        checkPromise(what, estimated, errors);
        // An employee's form names no promiser; one they add anyway reaches the rule, which refuses a colleague.
        Long promiser = me.isHr() ? promiser(promisedBy, errors) : number(promisedBy);
        return Forms.submit(errors, shown -> form(form, shown), () -> {
            ReviewCycle open = ReviewCycle.findOpen().orElseThrow(() -> Refusal.wrongState(
                    "No review cycle is open, so a special situation cannot be recorded now."));
            SpecialSituation recorded = situations.record(open.id,
                    new SpecialSituations.Promise(chosen.id, what, estimated, promiser));
            return Flash.redirect(SpecialUris.specialSituation(recorded.id), "Recorded: what was promised to "
                    + recorded.customer.name + " beyond its tier waits for HR’s decision"
                    + (recorded.promisedBy == null || me.isHr() ? "." : ", which you will read on My work."));
        });
    }

    @GET
    @Path("{situation}")
    public TemplateInstance show(@RestPath long situation) {
        return Templates.situation(readable(situation), me.isHr(), new Decide(null, ""), FormErrors.none());
    }

    @POST
    @Path("{situation}/decision")
    @RolesAllowed(Role.HR)
    public Response decide(@RestPath long situation, @RestForm String decision, @RestForm String reason) {
        Decide sent = new Decide(decision, reason);
        Decision chosen = Arrays.stream(Decision.values()).filter(d -> d.name().equals(decision)).findFirst().orElse(null);
        return Forms.submit(FormErrors.none(), shown -> Templates.situation(readable(situation), true, sent, shown), () -> {
            SpecialSituation decided = situations.decide(situation, chosen, reason);
            return Flash.redirect(SpecialUris.cycleSpecialSituations(decided.cycle.id), "The special situation for "
                    + decided.customer.name + " is " + decided.decision.label + (decided.promisedBy == null ? "."
                    : "; " + decided.promisedBy.name + " reads the decision and its reason on My work."));
        });
    }

    private TemplateInstance form(Form form, FormErrors errors) {
        return Templates.form(new View(ReviewCycle.findOpen().orElse(null), Customer.listActive(), me.isHr(),
                Employee.listActive(), form), errors);
    }

    /** HR reads every special situation, an employee those they promised. */
    private SpecialSituation readable(long id) {
        SpecialSituation situation = SpecialSituation.<SpecialSituation>findByIdOptional(id)
                .orElseThrow(() -> Refusal.notFound("There is no special situation " + id + "."));
        boolean promiser = situation.promisedBy != null && me.employeeId().map(situation.promisedBy.id::equals).orElse(false);
        if (!me.isHr() && !promiser) {
            throw new ForbiddenException("This special situation is someone else's promise.");
        }
        return situation;
    }

    /**
     * The text and the hours by their fields, as the record checks them, each on its own so that both messages show at
     * once (a stand-in valid value for the other); hours that are not a number already have their message.
     */
    private static void checkPromise(String what, BigDecimal hours, FormErrors errors) {
        refused(errors, () -> SpecialSituations.check(what, BigDecimal.ONE, "what", "hours"));
        if (errors.get("hours") == null) {
            refused(errors, () -> SpecialSituations.check("a promise", hours, "what", "hours"));
        }
    }

    private static void refused(FormErrors errors, Runnable check) {
        try {
            check.run();
        } catch (Refusal refusal) {
            errors.add(refusal.field, refusal.getMessage());
        }
    }

    /** HR's choice of promiser: HR itself (null) or an employee's id; nothing chosen is the field's error. */
    private static Long promiser(String value, FormErrors errors) {
        if (HR_ITSELF.equals(value)) {
            return null;
        }
        Long id = number(value);
        if (id == null) {
            errors.add("promisedBy", "Choose who promised it: an active employee, or HR.");
        }
        return id;
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
