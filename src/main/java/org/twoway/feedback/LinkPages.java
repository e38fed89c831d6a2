package org.twoway.feedback;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.system.CompanyTime;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;
import org.twoway.system.Forms;
import org.twoway.system.Paging;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * HR's page of a cycle's feedback links: how many were issued, sent, answered, failed and revoked; the
 * forms to issue them (one pair, or in bulk from effort); the list with revoke, reissue and send; and the
 * one showing of freshly issued links, with their CSV.
 */
@Path("/hr/cycles/{id}/links")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class LinkPages {


    /** One link in the list, with its dates as the page shows them. */
    public record Row(FeedbackLink link, String sentAt, String answeredAt) {
        static Row of(FeedbackLink link) {
            return new Row(link, format(link.sentAt), format(link.usedAt));
        }
    }

    /** The choices of the issuing forms: active customers, employees and processes. */
    public record Choices(List<Customer> customers, List<Employee> employees, List<BusinessProcess> processes) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance links(ReviewCycle cycle, LinkCounts counts, List<Row> rows, Paging paging,
                Choices choices, LinkRequest issue, FormErrors issueErrors, BulkRequest bulk, FormErrors bulkErrors,
                FeedbackConfig.Reminders reminders);

        static native TemplateInstance fresh(ReviewCycle cycle, String handle, List<IssuedLink> links);

        static native TemplateInstance freshGone(ReviewCycle cycle);
    }

    private final Links links;
    private final FreshLinks fresh;
    private final Forms forms;
    private final EntityManager em;
    private final SecurityIdentity identity;
    private final FeedbackConfig config;
    private final AuditLog audit;

    LinkPages(Links links, FreshLinks fresh, Forms forms, EntityManager em, SecurityIdentity identity, FeedbackConfig config,
            AuditLog audit) {
        this.audit = audit;
        this.links = links;
        this.fresh = fresh;
        this.forms = forms;
        this.em = em;
        this.identity = identity;
        this.config = config;
    }

    @GET
    public TemplateInstance list(@RestPath long id, @RestQuery @DefaultValue("1") int page) {
        return page(id, page, new LinkRequest(null, null, null), FormErrors.none(), new BulkRequest("0", null), FormErrors.none());
    }

    @POST
    public Response issueLink(@RestPath long id, @RestForm String customer, @RestForm String employee, @RestForm String process) {
        LinkRequest input = new LinkRequest(customer, employee, process);
        FormErrors errors = forms.check(input);
        int status = 400;
        if (!errors.any()) {
            try {
                IssuedLink issued = links.issue(id, input);
                return showOnce(id, List.of(issued), "Link issued for " + issued.customer() + " and " + issued.employee() + ".");
            } catch (Refusal refusal) {
                rethrowNotFound(refusal);
                errors = FormErrors.of(refusal);
                status = refusal.kind.status;
            }
        }
        return Response.status(status).entity(page(id, 1, input, errors, new BulkRequest("0", null), FormErrors.none())).build();
    }

    @POST
    @Path("bulk")
    public Response issueBulk(@RestPath long id, @RestForm String minHours, @RestForm String process) {
        BulkRequest input = new BulkRequest(minHours, process);
        FormErrors errors = forms.check(input);
        int status = 400;
        if (!errors.any()) {
            try {
                Links.Bulk bulk = links.issueBulk(id, input);
                String skipped = bulk.skipped() == 0 ? ""
                        : " Skipped " + pairs(bulk.skipped()) + " that already hold an unanswered link"
                                + (input.process() == null ? " without a process." : " for this process.");
                if (bulk.issued().isEmpty()) {
                    return Flash.redirect(FeedbackUris.links(id), "No links issued: no other pair has more than "
                            + input.minHours() + " hours of effort in this cycle." + skipped);
                }
                return showOnce(id, bulk.issued(), "Issued " + links(bulk.issued().size()) + "." + skipped);
            } catch (Refusal refusal) {
                rethrowNotFound(refusal);
                errors = FormErrors.of(refusal);
                status = refusal.kind.status;
            }
        }
        return Response.status(status).entity(page(id, 1, new LinkRequest(null, null, null), FormErrors.none(), input, errors)).build();
    }

    @GET
    @Path("fresh/{handle}")
    public Response showFresh(@RestPath long id, @RestPath String handle) {
        ReviewCycle cycle = links.cycle(id);
        return fresh.showPage(owner(), id, handle)
                .map(issued -> Response.ok(Templates.fresh(cycle, handle, issued)))
                .orElseGet(() -> Response.status(410).entity(Templates.freshGone(cycle)))
                .build();
    }

    @GET
    @Path("fresh/{handle}/csv")
    public Response downloadFresh(@RestPath long id, @RestPath String handle) {
        ReviewCycle cycle = links.cycle(id);
        return fresh.takeCsv(owner(), id, handle)
                .map(issued -> {
                    audit.record(AuditAction.EXPORTED, "CSV of " + links(issued.size()) + " just issued in " + cycle.name);
                    return issued;
                })
                .map(issued -> Response.ok(LinkCsv.of(issued), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"feedback-links-cycle-" + id + ".csv\""))
                .orElseGet(() -> Response.status(410).entity(Templates.freshGone(cycle)))
                .build();
    }

    @POST
    @Path("{linkId}/revoke")
    public Response revoke(@RestPath long id, @RestPath long linkId) {
        return act(id, () -> {
            FeedbackLink link = links.revoke(id, linkId);
            return "Link for " + link.customer.name + " and " + link.employee.name + " revoked: it leads nowhere now.";
        });
    }

    @POST
    @Path("{linkId}/reissue")
    public Response reissue(@RestPath long id, @RestPath long linkId) {
        try {
            IssuedLink issued = links.reissue(id, linkId);
            return showOnce(id, List.of(issued), "The old link is revoked; here is its replacement.");
        } catch (Refusal refusal) {
            rethrowNotFound(refusal);
            return Flash.redirect(FeedbackUris.links(id), refusal.getMessage());
        }
    }

    @POST
    @Path("{linkId}/send")
    public Response send(@RestPath long id, @RestPath long linkId) {
        return act(id, () -> {
            FeedbackLink link = links.queue(id, linkId);
            return "The link for " + link.customer.name + " is on its way to " + link.customer.email + ".";
        });
    }

    @POST
    @Path("send")
    public Response sendUnsent(@RestPath long id) {
        return act(id, () -> {
            int queued = links.queueUnsent(id);
            return queued == 0 ? "There was no link left to email." : links(queued) + " on their way by email.";
        });
    }

    @POST
    @Path("retry")
    public Response retryFailed(@RestPath long id) {
        return act(id, () -> {
            int queued = links.queueFailed(id);
            return queued == 0 ? "There was no failed email to try again." : links(queued) + " queued to be emailed again.";
        });
    }

    private TemplateInstance page(long id, int page, LinkRequest issue, FormErrors issueErrors, BulkRequest bulk,
            FormErrors bulkErrors) {
        ReviewCycle cycle = links.cycle(id);
        Paging paging = Paging.of(page, FeedbackLink.countForCycle(id), config.pageSize());
        List<Row> rows = FeedbackLink.listForCycle(id, paging).stream().map(Row::of).toList();
        Choices choices = cycle.isOpen()
                ? new Choices(Customer.listActive(), Employee.listActive(), BusinessProcess.listActive())
                : new Choices(List.of(), List.of(), List.of());
        return Templates.links(cycle, LinkCounts.of(em, id), rows, paging, choices,
                issue, issueErrors, bulk, bulkErrors, config.reminders());
    }

    private Response showOnce(long id, List<IssuedLink> issued, String message) {
        String handle = fresh.keep(owner(), id, issued);
        return Flash.redirect(FeedbackUris.freshLinks(id, handle), message);
    }

    /** Runs an action on the list and comes back to it with its outcome, or with the reason it was refused. */
    private Response act(long id, Supplier<String> action) {
        try {
            return Flash.redirect(FeedbackUris.links(id), action.get());
        } catch (Refusal refusal) {
            rethrowNotFound(refusal);
            return Flash.redirect(FeedbackUris.links(id), refusal.getMessage());
        }
    }

    private static void rethrowNotFound(Refusal refusal) {
        if (refusal.kind == Refusal.Kind.NOT_FOUND) {
            throw refusal;
        }
    }

    private String owner() {
        return identity.getPrincipal().getName();
    }

    private static String links(int n) {
        return n == 1 ? "1 link" : n + " links";
    }

    private static String pairs(int n) {
        return n == 1 ? "1 pair" : n + " pairs";
    }

    static String format(Instant instant) {
        return instant == null ? null : CompanyTime.minutes(instant);
    }
}
