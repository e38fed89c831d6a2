package org.twoway.special;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.Role;

/**
 * HR's special situations of a cycle: what was promised to whom beyond the written tier, by whom, and HR's decision,
 * those waiting for one first, each with the form to decide it while the cycle is open.
 */
@Path("/hr/cycles/{cycle}/special-situations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class CycleSpecialSituationsPage {

    /** The cycle's situations, waiting first, and the hours they promise, declined ones left out as the report does. */
    public record Listing(ReviewCycle cycle, List<SpecialSituation> situations) {

        public long waiting() {
            return situations.stream().filter(s -> !s.isDecided()).count();
        }

        public BigDecimal hours() {
            return situations.stream().filter(s -> s.decision != Decision.DECLINED).map(s -> s.hours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance situations(Listing listing);
    }

    @GET
    public TemplateInstance list(@RestPath long cycle) {
        return Templates.situations(new Listing(ReviewCycle.require(cycle), SpecialSituation.listInCycle(cycle)));
    }
}
