package org.twoway.loop;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.system.Paging;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/** HR's follow-ups of a cycle, a page at a time, by state and owner, those nobody owns first. */
@Path("/hr/cycles/{cycle}/follow-ups")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class CycleFollowUpsPage {

    static final int PAGE_SIZE = 50;
    /** The owner filter's value for the follow-ups nobody owns. */
    static final String UNOWNED = "none";

    /** The filters as chosen ({@code owner} an employee's id, {@link #UNOWNED} or empty) and the page's rows. */
    public record Listing(ReviewCycle cycle, List<FollowUp> followUps, String state, String owner, List<Employee> owners,
            Paging paging) {

        public List<FollowUpState> states() {
            return List.of(FollowUpState.values());
        }

        public boolean isOwner(Employee employee) {
            return employee.id.toString().equals(owner);
        }

        /** The filters for the pager's links. */
        public String query() {
            return "state=" + state + "&owner=" + owner;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance followUps(Listing listing);
    }

    @GET
    public TemplateInstance list(@RestPath long cycle, @RestQuery String state, @RestQuery String owner,
            @RestQuery @DefaultValue("1") int page) {
        ReviewCycle shown = ReviewCycle.<ReviewCycle>findByIdOptional(cycle)
                .orElseThrow(() -> Refusal.notFound("There is no review cycle " + cycle + "."));
        FollowUpState chosen = state(state);
        String who = owner == null ? "" : owner.strip();
        PanacheQuery<FollowUp> query = FollowUp.findInCycle(cycle, chosen, who.isEmpty() || who.equals(UNOWNED) ? null
                : ownerId(who), who.equals(UNOWNED));
        Paging paging = Paging.of(page, query.count(), PAGE_SIZE);
        return Templates.followUps(new Listing(shown, query.page(paging.rows()).list(), chosen == null ? "" : chosen.name(),
                who, Employee.listAllByName(), paging));
    }

    private static FollowUpState state(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(FollowUpState.values()).filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> Refusal.invalid("state", "Choose open, contacted or closed."));
    }

    private static long ownerId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Refusal.invalid("owner", "Choose an owner of the list.");
        }
    }
}
