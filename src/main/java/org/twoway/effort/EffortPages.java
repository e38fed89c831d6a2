package org.twoway.effort;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.customers.HoursAgainstEntitlement;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/** HR sees, per customer, the hours received in a cycle against what its tier entitles it to. */
@Path("/hr/cycles/{id}/effort")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class EffortPages {

    public record CustomerHours(long id, String name, String ref, String tier, HoursAgainstEntitlement usage) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance byCustomer(ReviewCycle cycle, List<CustomerHours> customers, BigDecimal total);
    }

    private final EntityManager em;

    EffortPages(EntityManager em) {
        this.em = em;
    }

    @GET
    public TemplateInstance byCustomer(@RestPath long id) {
        ReviewCycle cycle = ReviewCycle.findById(id);
        if (cycle == null) {
            throw Refusal.notFound("There is no review cycle " + id + ".");
        }
        List<CustomerHours> customers = em.createQuery("select c.id, c.name, c.ref, t.name, t.entitledHours, sum(e.hours)"
                        + " from EffortEntry e join e.customer c join c.tier t where e.cycle = ?1"
                        + " group by c.id, c.name, c.ref, t.name, t.entitledHours"
                        + " order by sum(e.hours) / t.entitledHours desc, c.name", Object[].class)
                .setParameter(1, cycle).getResultList().stream()
                .map(r -> new CustomerHours((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        new HoursAgainstEntitlement((BigDecimal) r[5], (BigDecimal) r[4])))
                .toList();
        BigDecimal total = customers.stream().map(c -> c.usage().hours()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Templates.byCustomer(cycle, customers, total);
    }
}
