package org.twoway.special;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.customers.Customer;
import org.twoway.people.Employee;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * A cycle's special situations: an employee writes down what they promised beyond a customer's tier and lists
 * theirs; HR writes down anyone's (or its own) and lists them all. The rules are {@link SpecialSituations}'; this
 * door speaks natural keys and JSON.
 */
@Path("/api/v1/cycles/{id}/special-situations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR, Role.EMPLOYEE})
public class CycleSpecialSituationApi {

    /** The customer by reference, the follow-up it was agreed in (or null), and for HR the promiser's email (null: HR). */
    public record PromiseInput(
            @NotBlank(message = "Give the customer's reference.")
            @Size(max = 64, message = "A customer reference has at most 64 characters.")
            String customer,
            String what,
            BigDecimal hours,
            Long followUp,
            @Size(max = 254, message = "An email address has at most 254 characters.")
            String promisedBy) {

        public PromiseInput {
            customer = customer == null ? null : customer.strip();
            promisedBy = promisedBy == null || promisedBy.isBlank() ? null : promisedBy.strip();
        }
    }

    private final SpecialSituations situations;

    CycleSpecialSituationApi(SpecialSituations situations) {
        this.situations = situations;
    }

    /** HR's all, waiting for a decision first, then the latest; an employee's those they promised, the latest first. */
    @GET
    public List<SpecialSituationJson> list(@RestPath long id) {
        return SpecialSituationJson.of(situations.inCycle(id));
    }

    @POST
    public Response record(@RestPath long id,
            @Valid @NotNull(message = "Send the special situation as a JSON object.") PromiseInput input) {
        Customer customer = Customer.findByRef(input.customer()).orElseThrow(() -> Refusal.invalid("customer",
                "There is no customer with the reference “" + input.customer() + "”."));
        Long promiser = input.promisedBy() == null ? null : Employee.findByEmail(input.promisedBy())
                .orElseThrow(() -> Refusal.invalid("promisedBy", "There is no employee with the email “" + input.promisedBy() + "”.")).id;
        SpecialSituation situation = situations.record(id,
                new SpecialSituations.Promise(customer.id, input.what(), input.hours(), promiser), input.followUp());
        return Response.created(UriBuilder.fromResource(SpecialSituationApi.class).build(situation.id))
                .entity(SpecialSituationJson.of(situation)).build();
    }
}
