package org.twoway.customers;

import org.twoway.system.AutoIdEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "customer")
public class Customer extends AutoIdEntity {

    /** The customer's reference in the CRM: its natural key. */
    @Column(nullable = false, length = 64)
    public String ref;

    @Column(nullable = false, length = 200)
    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tier_id")
    public ServiceTier tier;

    @Column(length = 254)
    public String email;

    public boolean active = true;

    public static Optional<Customer> findByRef(String ref) {
        return find("ref", ref).firstResultOptional();
    }

    public static List<Customer> listAllByName() {
        return list("from Customer c join fetch c.tier",
                Sort.by("c.active", Sort.Direction.Descending).and("c.name"));
    }

    public static List<Customer> listActive() {
        return list("from Customer c join fetch c.tier where c.active = true", Sort.by("c.name"));
    }
}
