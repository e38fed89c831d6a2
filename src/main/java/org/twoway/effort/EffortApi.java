package org.twoway.effort;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Emails;
import org.twoway.system.FormErrors;
import org.twoway.system.Problem;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/** Systems such as a time tracker push effort into the open cycle: all entries of a request, or none. */
@Path("/api/v1/cycles/{id}/effort")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR)
public class EffortApi {

    public record EffortJson(String employee, String customer, BigDecimal hours) {
    }

    public record Accepted(int accepted) {
    }

    private final EffortLookups lookups;
    private final EffortInserter inserter;
    private final SecurityIdentity identity;

    EffortApi(EffortLookups lookups, EffortInserter inserter, SecurityIdentity identity) {
        this.lookups = lookups;
        this.inserter = inserter;
        this.identity = identity;
    }

    @POST
    public Response add(@RestPath long id, List<EffortJson> entries) {
        if (entries == null) {
            throw Refusal.invalid(null, "Send the entries as a JSON array of {\"employee\",\"customer\",\"hours\"}.");
        }
        ReviewCycle.requireOpen(id, "effort is frozen");
        FormErrors errors = FormErrors.none();
        EffortRows rows = check(entries, errors);
        if (errors.any()) {
            return new Problem("about:blank", "Invalid input", 400,
                    "Some entries are not valid, so none was recorded.", errors.list()).toResponse();
        }
        inserter.insert(id, rows, EffortEntry.API, identity.getPrincipal().getName(), written -> { });
        return Response.ok(new Accepted(rows.size())).build();
    }

    /** The entries as rows to insert; what is wrong with any of them goes into errors, named by index. */
    private EffortRows check(List<EffortJson> entries, FormErrors errors) {
        Set<String> emails = new HashSet<>();
        Set<String> refs = new HashSet<>();
        entries.stream().filter(Objects::nonNull).forEach(e -> {
            emails.add(Emails.normalize(e.employee()));
            refs.add(e.customer() == null ? null : e.customer().strip().toLowerCase(Locale.ROOT));
        });
        Map<String, Long> employees = lookups.employees(emails);
        Map<String, Long> customers = lookups.customers(refs);
        EffortRows rows = new EffortRows();
        for (int i = 0; i < entries.size(); i++) {
            EffortJson entry = entries.get(i);
            String at = "[" + i + "]";
            if (entry == null) {
                errors.add(at, "Send each entry as an object with employee, customer and hours.");
                continue;
            }
            Long employee = entry.employee() == null ? null : employees.get(Emails.normalize(entry.employee()));
            if (employee == null) {
                errors.add(at + ".employee", entry.employee() == null || entry.employee().isBlank()
                        ? "Give the employee's email." : "There is no employee with the email “" + entry.employee() + "”.");
            }
            Long customer = entry.customer() == null ? null : customers.get(entry.customer().strip().toLowerCase(Locale.ROOT));
            if (customer == null) {
                errors.add(at + ".customer", entry.customer() == null || entry.customer().isBlank()
                        ? "Give the customer's reference." : "There is no customer with the reference “" + entry.customer() + "”.");
            }
            String hoursProblem = entry.hours() == null ? "missing" : EffortHoursRule.problem(entry.hours());
            if (hoursProblem != null) {
                errors.add(at + ".hours", EffortHoursRule.RULE);
            }
            if (employee != null && customer != null && hoursProblem == null) {
                rows.add(employee, customer, entry.hours());
            }
        }
        return rows;
    }
}
