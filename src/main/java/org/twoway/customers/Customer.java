package org.twoway.customers;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twoway.system.AutoIdEntity;

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
        return list("from Customer c join fetch c.tier where c.active = true", Sort.by("c.name").and("c.id"));
    }

    /** The ids of the customers with no email to send to, and -1, which no customer has (so that the list is never empty). */
    public static List<Long> idsWithoutEmail() {
        List<Long> ids = new ArrayList<>(getEntityManager()
                .createQuery("select c.id from Customer c where c.email is null or c.email = ''", Long.class).getResultList());
        ids.add(-1L);
        return ids;
    }

    /** Customers whose name or ref contains the text (any case), active first, then by name. */
    public static PanacheQuery<Customer> search(String text) {
        Sort order = Sort.by("active", Sort.Direction.Descending).and("name").and("id");
        if (text == null || text.isBlank()) {
            return findAll(order);
        }
        String pattern = "%" + text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return find("name like ?1 escape '!' or ref like ?1 escape '!'", order, pattern);
    }

    /** How many active customers each tier has, by tier id. */
    public static Map<Long, Long> countActiveByTier() {
        return firstToSecond(getEntityManager()
                .createQuery("select c.tier.id, count(c) from Customer c where c.active = true group by c.tier.id", Object[].class));
    }

    /** The ids of the customers with these references, by reference. */
    public static Map<String, Long> idsByRef(Collection<String> refs) {
        return firstToSecond(getEntityManager().createQuery("select c.ref, c.id from Customer c where c.ref in ?1", Object[].class)
                .setParameter(1, refs));
    }
}
