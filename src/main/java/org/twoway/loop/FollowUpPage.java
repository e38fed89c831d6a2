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
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.feedback.RatingQueries;
import org.twoway.people.CurrentAccount;
import org.twoway.people.Employee;
import org.twoway.people.UserAccount;
import org.twoway.special.SpecialSituation;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.FormValues;
import org.twoway.system.Forms;
import org.twoway.system.Role;
import org.twoway.system.TwowayConfig;

/**
 * One follow-up, for its owner, a colleague asked to join (who reads it) and HR: the customer, what opened it,
 * its history, and the forms that work it: the first contact, the close, asking someone to join and, for HR,
 * handing it to another owner. Every rule is {@link FollowUps}'; a refused form comes back with its message.
 */
@Path("/follow-ups/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.HR, Role.EMPLOYEE})
public class FollowUpPage {

    /** What the forms were sent with, kept when one is refused. */
    public record Form(String channel, String outcome, String agreed, boolean beyondTier, String beyondWhat,
            String beyondHours, String supporter, String owner) {

        static Form empty() {
            return new Form(null, null, "", false, "", "", null, null);
        }
    }

    /**
     * Everything the page shows: {@code work} says whether the forms are shown at all, {@code forOwner} that HR
     * works someone else's follow-up, {@code low} the score at or below which an answer opens one; {@code special} is
     * the special situation its close recorded (if any), whose page HR and its promiser open ({@code specialLink}).
     */
    public record View(FollowUp followUp, RatingQueries.Answer answer, String company, int low,
            List<FollowUpTimeline.Step> history, boolean work, boolean hr, boolean forOwner, List<Employee> colleagues,
            List<Employee> employees, Employee proposed, SpecialSituation special, boolean specialLink) {

        public boolean frozen() {
            return !followUp.cycle.isOpen();
        }

        public List<ContactChannel> channels() {
            return List.of(ContactChannel.values());
        }

        public List<Outcome> outcomes() {
            return List.of(Outcome.values());
        }

        /** Whom an account stands for on the page: its employee's name, else its email. */
        public String who(UserAccount account) {
            return FollowUpTimeline.name(account);
        }

        public String proposedId() {
            return proposed == null ? null : proposed.id.toString();
        }

        /** Whether the option of this employee is the one the form was sent with. */
        public boolean chosen(String sent, Employee employee) {
            return employee.id.toString().equals(sent);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance followUp(View view, Form form, FormErrors errors);
    }

    private final FollowUps followUps;
    private final RatingQueries ratings;
    private final AccountManagers managers;
    private final CurrentAccount me;
    private final String company;
    private final int low;

    FollowUpPage(FollowUps followUps, RatingQueries ratings, AccountManagers managers, CurrentAccount me,
            TwowayConfig twoway, LoopConfig loop) {
        this.followUps = followUps;
        this.ratings = ratings;
        this.managers = managers;
        this.me = me;
        this.company = twoway.companyName();
        this.low = loop.lowScore();
    }

    @GET
    public TemplateInstance show(@RestPath long id) {
        return page(id, Form.empty(), FormErrors.none());
    }

    @POST
    @Path("contact")
    public Response contact(@RestPath long id, @RestForm String channel) {
        Form form = new Form(channel, null, "", false, "", "", null, null);
        FormErrors errors = FormErrors.none();
        ContactChannel chosen = choice(ContactChannel.values(), channel, "channel", errors,
                "Choose how you reached the customer.");
        return submit(id, form, errors, () -> {
            FollowUp done = followUps.contact(id, chosen);
            return "The first contact with " + done.customer.name + " is recorded. Close the follow-up once it is settled.";
        });
    }

    @POST
    @Path("close")
    public Response close(@RestPath long id, @RestForm String outcome, @RestForm String agreed,
            @RestForm String beyondTier, @RestForm("beyondTier.what") String beyondWhat,
            @RestForm("beyondTier.hours") String beyondHours) {
        boolean beyond = "yes".equals(beyondTier);
        Form form = new Form(null, outcome, agreed, beyond, beyondWhat, beyondHours, null, null);
        FormErrors errors = FormErrors.none();
        Outcome chosen = choice(Outcome.values(), outcome, "outcome", errors, "Choose how it ended.");
        BigDecimal hours = beyond ? FormValues.decimal(beyondHours, "beyondTier.hours", errors,
                "Give the estimated hours as a number, such as 4 or 2.5.") : null;
        return submit(id, form, errors, () -> {
            FollowUp done = followUps.close(id, chosen, agreed, beyond ? new FollowUps.BeyondTier(beyondWhat, hours) : null);
            return "The follow-up on " + done.customer.name + " is closed"
                    + (done.beyondTierHours == null ? "." : "; what was promised beyond the written tier is recorded as a"
                            + " special situation, for HR to decide on.");
        });
    }

    @POST
    @Path("support")
    public Response askSupport(@RestPath long id, @RestForm String supporter) {
        Form form = new Form(null, null, "", false, "", "", supporter, null);
        FormErrors errors = FormErrors.none();
        boolean hr = "hr".equals(supporter);
        Long colleague = hr ? null : id(supporter, "supporter", errors, "Choose whom to ask to join.");
        return submit(id, form, errors, () -> {
            FollowUp done = followUps.askSupport(id, colleague);
            return (hr ? "HR" : Employee.<Employee>findById(colleague).name) + " was asked to join the follow-up on "
                    + done.customer.name + " as support; " + (done.owner == null ? "it still has no owner." : done.owner.name
                    + " stays its owner.");
        });
    }

    @POST
    @Path("owner")
    @RolesAllowed(Role.HR)
    public Response reassign(@RestPath long id, @RestForm String owner) {
        Form form = new Form(null, null, "", false, "", "", null, owner);
        FormErrors errors = FormErrors.none();
        Long chosen = id(owner, "owner", errors, "Choose who takes the follow-up over.");
        return submit(id, form, errors, () -> {
            FollowUp done = followUps.reassign(id, chosen);
            return done.owner.name + " now owns the follow-up on " + done.customer.name + " and was emailed about it.";
        });
    }

    private Response submit(long id, Form form, FormErrors errors, Supplier<String> action) {
        return Forms.submit(errors, shown -> page(id, form, shown),
                () -> Flash.redirect(LoopUris.followUp(id), action.get()));
    }

    private TemplateInstance page(long id, Form form, FormErrors errors) {
        FollowUp followUp = followUps.readable(id);
        RatingQueries.Answer answer = followUp.ratingId == null ? null : ratings.answer(followUp.ratingId).orElse(null);
        boolean work = followUps.mayWork(followUp) && followUp.cycle.isOpen() && !followUp.isClosed();
        boolean hr = me.isHr();
        boolean forOwner = hr && (followUp.owner == null
                || !me.employeeId().map(followUp.owner.id::equals).orElse(false));
        List<Employee> active = Employee.listActive();
        List<Employee> colleagues = active.stream()
                .filter(e -> followUp.owner == null || !e.id.equals(followUp.owner.id)).toList();
        Employee proposed = work && hr ? managers.propose(followUp.cycle.id, followUp.customer.id).orElse(null) : null;
        SpecialSituation special = SpecialSituation.findByFollowUp(followUp.id).orElse(null);
        boolean specialLink = special != null && (hr || special.promisedBy != null
                && me.employeeId().map(special.promisedBy.id::equals).orElse(false));
        return Templates.followUp(new View(followUp, answer, company, low, FollowUpTimeline.of(followUp), work, hr, forOwner,
                colleagues, active, proposed, special, specialLink), form, errors);
    }

    /** One of an enum's values by its name; none or another is the field's error. */
    private static <E extends Enum<E>> E choice(E[] values, String name, String field, FormErrors errors, String message) {
        E chosen = Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
        if (chosen == null) {
            errors.add(field, message);
        }
        return chosen;
    }

    /** A chosen person's id; none, or what no option sends, is the field's error. */
    private static Long id(String value, String field, FormErrors errors, String message) {
        try {
            return Long.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, message);
            return null;
        }
    }
}
