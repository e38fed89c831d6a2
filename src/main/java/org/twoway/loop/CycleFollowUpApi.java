package org.twoway.loop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.feedback.RatingQueries;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/** A cycle's follow-ups: HR's every one, or one owner's; an employee's their own. The earliest due first. */
@Path("/api/v1/cycles/{id}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR, Role.EMPLOYEE})
public class CycleFollowUpApi {

    private final FollowUps followUps;
    private final RatingQueries ratings;

    CycleFollowUpApi(FollowUps followUps, RatingQueries ratings) {
        this.followUps = followUps;
        this.ratings = ratings;
    }

    /** {@code ?owner=} an email (an empty list for an email of nobody), {@code ?state=} open, contacted or closed. */
    @GET
    public List<FollowUpJson> list(@RestPath long id, @RestQuery String owner, @RestQuery String state) {
        return FollowUpJson.of(followUps.inCycle(id, owner, state(state)), ratings);
    }

    private static FollowUpState state(String state) {
        if (state == null) {
            return null;
        }
        for (FollowUpState known : FollowUpState.values()) {
            if (known.name().equals(state.strip())) {
                return known;
            }
        }
        throw Refusal.invalid("state", "Choose open, contacted or closed.");
    }
}
