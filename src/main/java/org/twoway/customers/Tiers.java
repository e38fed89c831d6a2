package org.twoway.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import org.twoway.system.Refusal;

/** Creating and changing service tiers, with the rule that tier names are unique. */
@ApplicationScoped
public class Tiers {

    @Transactional
    public ServiceTier create(TierInput input) {
        requireFreeName(input.name(), null);
        ServiceTier tier = new ServiceTier();
        copy(input, tier);
        tier.persist();
        return tier;
    }

    @Transactional
    public ServiceTier update(long id, TierInput input) {
        ServiceTier tier = find(id);
        requireFreeName(input.name(), tier);
        copy(input, tier);
        return tier;
    }

    @Transactional
    public ServiceTier setActive(long id, boolean active) {
        ServiceTier tier = find(id);
        tier.active = active;
        return tier;
    }

    public ServiceTier find(long id) {
        ServiceTier tier = ServiceTier.findById(id);
        if (tier == null) {
            throw Refusal.notFound("There is no service tier " + id + ".");
        }
        return tier;
    }

    /**
     * The tier a customer is put on, by name: it must exist and be active, unless the customer is on
     * it already (a customer keeps a tier that was deactivated after they joined it).
     */
    public static ServiceTier choosable(String name, ServiceTier current) {
        ServiceTier tier = ServiceTier.findByName(name)
                .orElseThrow(() -> Refusal.invalid("tier", "There is no service tier named “" + name + "”."));
        if (!tier.active && tier != current) {
            throw Refusal.invalid("tier", "The service tier “" + tier.name + "” is deactivated; choose an active one.");
        }
        return tier;
    }

    private static void copy(TierInput input, ServiceTier tier) {
        tier.name = input.name();
        tier.entitledHours = input.entitledHours().setScale(2, RoundingMode.UNNECESSARY);
        tier.description = input.description();
    }

    private static void requireFreeName(String name, ServiceTier self) {
        ServiceTier.findByName(name).filter(other -> other != self).ifPresent(other -> {
            throw Refusal.duplicate("name", "A service tier named “" + name + "” already exists.");
        });
    }
}
