package org.twoway.loop;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.people.Employee;
import org.twoway.system.Flash;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * HR hands on what a departed employee left: each open follow-up of their customers, with the colleague who
 * spent most hours on that customer in the cycle proposed, until every one has a new owner.
 */
@Path("/hr/handover/{employee}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class HandoverPage {

    /** A follow-up waiting for a new owner, and whom the page proposes (null: nobody served the customer). */
    public record Waiting(FollowUp followUp, Employee proposed) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance handover(Employee departed, List<Waiting> waiting, List<Employee> colleagues, String error);
    }

    private final FollowUps followUps;
    private final AccountManagers managers;

    HandoverPage(FollowUps followUps, AccountManagers managers) {
        this.followUps = followUps;
        this.managers = managers;
    }

    @GET
    public TemplateInstance show(@RestPath long employee) {
        return page(employee, null);
    }

    @POST
    @Path("{followUp}")
    public Response handOver(@RestPath long employee, @RestPath long followUp, @RestForm Long owner) {
        if (owner == null) {
            return Response.status(400).entity(page(employee, "Choose who takes the follow-up over.")).build();
        }
        try {
            FollowUp handed = followUps.reassign(followUp, owner);
            return Flash.redirect(LoopUris.handover(employee), handed.owner.name + " now owns the follow-up on "
                    + handed.customer.name + " and was emailed about it.");
        } catch (Refusal refusal) {
            return Response.status(refusal.kind.status).entity(page(employee, refusal.getMessage())).build();
        }
    }

    private TemplateInstance page(long employeeId, String error) {
        Employee departed = Employee.<Employee>findByIdOptional(employeeId)
                .orElseThrow(() -> Refusal.notFound("There is no employee " + employeeId + "."));
        Map<List<Long>, Optional<Employee>> proposals = new HashMap<>(); // one proposal per customer and cycle
        List<Waiting> waiting = FollowUp.listLeftBy(employeeId).stream()
                .map(f -> new Waiting(f, proposals.computeIfAbsent(List.of(f.cycle.id, f.customer.id),
                        key -> managers.propose(key.get(0), key.get(1))).orElse(null)))
                .toList();
        return Templates.handover(departed, waiting, Employee.listActive(), error);
    }
}
