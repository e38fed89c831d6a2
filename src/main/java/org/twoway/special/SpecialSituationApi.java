package org.twoway.special;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.system.Role;

/** One special situation: its promiser or HR reads it; HR decides it, once, with the reason the promiser reads. */
@Path("/api/v1/special-situations/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR, Role.EMPLOYEE})
public class SpecialSituationApi {

    public record DecisionInput(
            @NotNull(message = "Say whether it is APPROVED or DECLINED.")
            Decision decision,
            String reason) {
    }

    private final SpecialSituations situations;

    SpecialSituationApi(SpecialSituations situations) {
        this.situations = situations;
    }

    @GET
    public SpecialSituationJson show(@RestPath long id) {
        return SpecialSituationJson.of(situations.readable(id));
    }

    @POST
    @Path("decision")
    @RolesAllowed(Role.HR)
    public SpecialSituationJson decide(@RestPath long id,
            @Valid @NotNull(message = "Send the decision as a JSON object.") DecisionInput input) {
        return SpecialSituationJson.of(situations.decide(id, input.decision(), input.reason()));
    }
}
