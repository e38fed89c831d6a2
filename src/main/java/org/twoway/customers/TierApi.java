package org.twoway.customers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.system.Locations;
import org.twoway.system.Role;

@Path("/api/v1/tiers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR)
public class TierApi {

    public record TierJson(long id, String name, BigDecimal entitledHours, String description, boolean active) {
        static TierJson of(ServiceTier tier) {
            return new TierJson(tier.id, tier.name, tier.entitledHours, tier.description, tier.active);
        }
    }

    private final Tiers tiers;

    TierApi(Tiers tiers) {
        this.tiers = tiers;
    }

    /** Every tier, or with {@code ?name=} the one with that name (an empty list when there is none). */
    @GET
    public List<TierJson> list(@RestQuery String name) {
        if (name != null) {
            return ServiceTier.findByName(name.strip()).map(TierJson::of).stream().toList();
        }
        return ServiceTier.listAllByHours().stream().map(TierJson::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull(message = "Send the service tier as a JSON object.") TierInput input) {
        ServiceTier tier = tiers.create(input);
        URI location = Locations.byKey(TierApi.class, "name", tier.name);
        return Response.created(location).entity(TierJson.of(tier)).build();
    }
}
