package org.twoway.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.Forms;
import org.twoway.system.Role;

/**
 * HR's list of employees, and the form to add or change one and to give one who has no login an initial
 * password. The password of a login that exists is the person's own: the form has no field for it.
 */
@Path("/hr/employees")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class EmployeePages {

    public record Row(Employee employee, boolean login) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows);

        /** {@code login} is the email the person signs in with, or null when they have no login. */
        static native TemplateInstance form(Long id, EmployeeInput form, List<String> teams, String login, FormErrors errors);
    }

    private final Employees employees;
    private final Forms forms;
    private final Handover handover;

    EmployeePages(Employees employees, Forms forms, Handover handover) {
        this.employees = employees;
        this.forms = forms;
        this.handover = handover;
    }

    @GET
    public TemplateInstance list() {
        Set<Long> withLogin = UserAccount.employeeIdsWithLogin();
        return Templates.list(Employee.listAllByName().stream()
                .map(employee -> new Row(employee, withLogin.contains(employee.id)))
                .toList());
    }

    @GET
    @Path("new")
    public TemplateInstance showNew() {
        return Templates.form(null, new EmployeeInput("", "", "", null), teamChoices(null), null, FormErrors.none());
    }

    @POST
    public Response create(@RestForm String email, @RestForm String name, @RestForm String team,
            @RestForm String password) {
        EmployeeInput input = new EmployeeInput(email, name, team, password);
        return save(null, input, () -> employees.create(input));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance showEdit(@RestPath long id) {
        Employee employee = employees.find(id);
        return Templates.form(id, EmployeeInput.of(employee), teamChoices(employee.team), loginOf(employee),
                FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @RestForm String email, @RestForm String name, @RestForm String team,
            @RestForm String password) {
        EmployeeInput input = new EmployeeInput(email, name, team, password);
        return save(id, input, () -> employees.update(id, input));
    }

    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@RestPath long id) {
        Employee employee = employees.setActive(id, false);
        String done = employee.name + " deactivated. Their login is closed and they were signed out; their history is kept.";
        return handover.waiting(employee)
                .map(page -> Flash.redirect(page, done + " Their customers' open follow-ups now need a new owner: choose one for each."))
                .orElseGet(() -> Flash.redirect(PeopleUris.employees(), done));
    }

    @POST
    @Path("{id}/activate")
    public Response activate(@RestPath long id) {
        Employee employee = employees.setActive(id, true);
        return Flash.redirect(PeopleUris.employees(), employee.name + " is active again, and so is their login if they have one.");
    }

    /** The active teams' names, and the person's own team even if it was deactivated since. */
    private static List<String> teamChoices(Team current) {
        List<String> names = new ArrayList<>(Team.listActive().stream().map(team -> team.name).toList());
        if (current != null && !current.active) {
            names.add(current.name);
        }
        return names;
    }

    private static String loginOf(Employee employee) {
        return UserAccount.findByEmployee(employee).map(account -> account.email).orElse(null);
    }

    private Response save(Long id, EmployeeInput input, Supplier<Employee> action) {
        String oldLogin = id == null ? null : loginOf(employees.find(id));
        return Forms.submit(forms.check(input), errors -> form(id, input, errors), () -> {
            Employee employee = action.get();
            String login = input.password() != null ? " They can now sign in with " + employee.email + "."
                    : oldLogin != null && !oldLogin.equals(employee.email)
                    ? " They were signed out, and their old address " + oldLogin + " was told of the change."
                    : "";
            return Flash.redirect(PeopleUris.employees(), employee.name + " saved." + login);
        });
    }

    private TemplateInstance form(Long id, EmployeeInput input, FormErrors errors) {
        Employee employee = id == null ? null : employees.find(id);
        String login = employee == null ? null : loginOf(employee);
        return Templates.form(id, input, teamChoices(employee == null ? null : employee.team), login, errors);
    }
}
