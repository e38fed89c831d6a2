package org.twoway.loop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.customers.Customer;
import org.twoway.feedback.RatingQueries;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/** HR records a customer who came to someone other than their account manager: a follow-up for the account manager. */
@Path("/api/v1/cycles/{id}/direct-contacts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR)
public class DirectContactApi {

    /** The customer by reference; the owner by email, or null for the account manager the app proposes. */
    public record DirectContactInput(
            @NotBlank(message = "Give the customer's reference.")
            @Size(max = 64, message = "A customer reference has at most 64 characters.")
            String customer,
            String about,
            @NotNull(message = "Say how the customer came: PHONE, EMAIL or IN_PERSON.")
            CameVia via,
            @Size(max = 254, message = "An email address has at most 254 characters.")
            String owner) {

        public DirectContactInput {
            customer = customer == null ? null : customer.strip();
            owner = owner == null || owner.isBlank() ? null : owner.strip();
        }
    }

    private final FollowUps followUps;
    private final RatingQueries ratings;

    DirectContactApi(FollowUps followUps, RatingQueries ratings) {
        this.followUps = followUps;
        this.ratings = ratings;
    }

    @POST
    public Response record(@RestPath long id,
            @Valid @NotNull(message = "Send the direct contact as a JSON object.") DirectContactInput input) {
        Customer customer = Customer.findByRef(input.customer()).orElseThrow(() -> Refusal.invalid("customer",
                "There is no customer with the reference “" + input.customer() + "”."));
        Long owner = input.owner() == null ? null : FollowUpApi.employeeId(input.owner());
        FollowUp followUp = followUps.recordDirectContact(id, customer.id, input.about(), input.via(), owner);
        return Response.created(UriBuilder.fromResource(FollowUpApi.class).build(followUp.id))
                .entity(FollowUpJson.of(followUp, ratings)).build();
    }
}
