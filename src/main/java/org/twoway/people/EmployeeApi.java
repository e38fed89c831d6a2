package org.twoway.people;

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
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.system.Locations;
import org.twoway.system.Role;

@Path("/api/v1/employees")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR)
public class EmployeeApi {

    /** {@code login} says whether the person has a login; it signs in only while the person is active. */
    public record EmployeeJson(long id, String email, String name, String team, boolean active, boolean login) {
        static EmployeeJson of(Employee employee, boolean login) {
            return new EmployeeJson(employee.id, employee.email, employee.name, employee.team.name, employee.active, login);
        }
    }

    private final Employees employees;

    EmployeeApi(Employees employees) {
        this.employees = employees;
    }

    /** Every employee, or with {@code ?email=} the one with that email (an empty list when there is none). */
    @GET
    public List<EmployeeJson> list(@RestQuery String email) {
        Set<Long> withLogin = UserAccount.employeeIdsWithLogin();
        List<Employee> found = email == null ? Employee.listAllByName() : Employee.findByEmail(email).stream().toList();
        return found.stream()
                .map(employee -> EmployeeJson.of(employee, withLogin.contains(employee.id)))
                .toList();
    }

    @POST
    public Response create(@Valid @NotNull(message = "Send the employee as a JSON object.") EmployeeInput input) {
        Employee employee = employees.create(input);
        URI location = Locations.byKey(EmployeeApi.class, "email", employee.email);
        return Response.created(location).entity(EmployeeJson.of(employee, input.password() != null)).build();
    }
}
