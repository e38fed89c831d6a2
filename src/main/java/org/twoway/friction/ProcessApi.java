package org.twoway.friction;

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

@Path("/api/v1/processes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR)
public class ProcessApi {

    public record ProcessJson(long id, String name, String description, boolean active) {
        static ProcessJson of(BusinessProcess process) {
            return new ProcessJson(process.id, process.name, process.description, process.active);
        }
    }

    private final Processes processes;

    ProcessApi(Processes processes) {
        this.processes = processes;
    }

    /** Every process, or with {@code ?name=} the one with that name (an empty list when there is none). */
    @GET
    public List<ProcessJson> list(@RestQuery String name) {
        if (name != null) {
            return BusinessProcess.findByName(name.strip()).map(ProcessJson::of).stream().toList();
        }
        return BusinessProcess.listAllByName().stream().map(ProcessJson::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull(message = "Send the process as a JSON object.") ProcessInput input) {
        BusinessProcess process = processes.create(input);
        URI location = Locations.byKey(ProcessApi.class, "name", process.name);
        return Response.created(location).entity(ProcessJson.of(process)).build();
    }
}
