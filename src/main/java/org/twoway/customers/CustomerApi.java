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
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.system.Locations;
import org.twoway.system.Role;

@Path("/api/v1/customers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR)
public class CustomerApi {

    public record CustomerJson(long id, String ref, String name, String tier, String email, boolean active) {
        static CustomerJson of(Customer customer) {
            return new CustomerJson(customer.id, customer.ref, customer.name, customer.tier.name, customer.email,
                    customer.active);
        }
    }

    private final Customers customers;

    CustomerApi(Customers customers) {
        this.customers = customers;
    }

    /** Every customer, or with {@code ?ref=} the one with that CRM reference (an empty list when there is none). */
    @GET
    public List<CustomerJson> list(@RestQuery String ref) {
        List<Customer> found = ref == null ? Customer.listAllByName() : Customer.findByRef(ref.strip()).stream().toList();
        return found.stream().map(CustomerJson::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull(message = "Send the customer as a JSON object.") CustomerInput input) {
        Customer customer = customers.create(input);
        URI location = Locations.byKey(CustomerApi.class, "ref", customer.ref);
        return Response.created(location).entity(CustomerJson.of(customer)).build();
    }
}
