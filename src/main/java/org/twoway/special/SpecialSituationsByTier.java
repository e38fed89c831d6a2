package org.twoway.special;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.twoway.customers.SpecialSituationCounts;

/** The customers of each tier who needed special situations in a cycle, for the tiers' page. */
@ApplicationScoped
class SpecialSituationsByTier implements SpecialSituationCounts {

    @Override
    public Map<Long, Long> customersByTier(long cycleId) {
        return SpecialSituation.countCustomersByTier(cycleId);
    }
}
