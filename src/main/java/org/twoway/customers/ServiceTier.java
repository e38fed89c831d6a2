package org.twoway.customers;

import org.twoway.system.AutoIdEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The written commitment to a customer: the service hours per review cycle it is entitled to, and what is included. */
@Entity
@Table(name = "service_tier")
public class ServiceTier extends AutoIdEntity {

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "entitled_hours", nullable = false, precision = 8, scale = 2)
    public BigDecimal entitledHours;

    @Column(nullable = false, length = 2000)
    public String description = "";

    public boolean active = true;

    public static Optional<ServiceTier> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static List<ServiceTier> listActive() {
        return list("active", Sort.by("entitledHours").and("name"), true);
    }

    public static List<ServiceTier> listAllByHours() {
        return listAll(Sort.by("active", Sort.Direction.Descending).and("entitledHours").and("name"));
    }
}
