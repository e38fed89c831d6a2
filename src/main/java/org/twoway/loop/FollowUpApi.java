package org.twoway.loop;

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
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.feedback.RatingQueries;
import org.twoway.people.Employee;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * Working one follow-up from another system (a CRM): its owner or HR reads it, records the first contact and the
 * close; HR hands it to someone else. The rules are {@link FollowUps}'; this door speaks natural keys and JSON.
 */
@Path("/api/v1/follow-ups/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR, Role.EMPLOYEE})
public class FollowUpApi {

    public record ContactInput(@NotNull(message = "Say how the customer was reached: PHONE, EMAIL or MEETING.")
            ContactChannel channel) {
    }

    public record CloseInput(
            @NotNull(message = "Say how it ended: RESOLVED, NOT_RESOLVED or UNREACHABLE.")
            Outcome outcome,
            String agreed,
            FollowUps.BeyondTier beyondTier) {
    }

    public record OwnerInput(
            @NotBlank(message = "Give the new owner's email.")
            @Size(max = 254, message = "An email address has at most 254 characters.")
            String owner) {
    }

    private final FollowUps followUps;
    private final RatingQueries ratings;

    FollowUpApi(FollowUps followUps, RatingQueries ratings) {
        this.followUps = followUps;
        this.ratings = ratings;
    }

    /** Its owner, a colleague asked to join, or HR. */
    @GET
    public FollowUpJson show(@RestPath long id) {
        return FollowUpJson.of(followUps.readable(id), ratings);
    }

    @POST
    @Path("contact")
    public FollowUpJson contact(@RestPath long id,
            @Valid @NotNull(message = "Send the contact as a JSON object.") ContactInput input) {
        return FollowUpJson.of(followUps.contact(id, input.channel()), ratings);
    }

    @POST
    @Path("close")
    public FollowUpJson close(@RestPath long id,
            @Valid @NotNull(message = "Send the close as a JSON object.") CloseInput input) {
        return FollowUpJson.of(followUps.close(id, input.outcome(), input.agreed(), input.beyondTier()), ratings);
    }

    @POST
    @Path("owner")
    @RolesAllowed(Role.HR)
    public FollowUpJson reassign(@RestPath long id,
            @Valid @NotNull(message = "Send the new owner as a JSON object.") OwnerInput input) {
        return FollowUpJson.of(followUps.reassign(id, employeeId(input.owner())), ratings);
    }

    /** An employee by email, for a body's {@code owner}: 400 by that field when there is none. */
    static long employeeId(String email) {
        return Employee.findByEmail(email).orElseThrow(() -> Refusal.invalid("owner",
                "There is no employee with the email “" + email + "”.")).id;
    }
}
