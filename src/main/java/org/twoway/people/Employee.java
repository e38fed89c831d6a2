package org.twoway.people;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twoway.system.AutoIdEntity;

@Entity
@Table(name = "employee")
public class Employee extends AutoIdEntity {

    @Column(nullable = false, length = 254)
    public String email;

    @Column(nullable = false, length = 100)
    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    public boolean active = true;

    public static Optional<Employee> findByEmail(String email) {
        return find("email", Emails.normalize(email)).firstResultOptional();
    }

    public static List<Employee> listAllByName() {
        return list("from Employee e join fetch e.team",
                Sort.by("e.active", Sort.Direction.Descending).and("e.name"));
    }

    public static List<Employee> listActive() {
        return list("from Employee e join fetch e.team where e.active = true", Sort.by("e.name").and("e.id"));
    }

    /** Every employee's id, by email. */
    public static Map<String, Long> idsByEmail() {
        return firstToSecond(getEntityManager().createQuery("select e.email, e.id from Employee e", Object[].class));
    }

    /** The ids of the employees with these emails, by email. */
    public static Map<String, Long> idsByEmail(Collection<String> emails) {
        return firstToSecond(getEntityManager().createQuery("select e.email, e.id from Employee e where e.email in ?1", Object[].class)
                .setParameter(1, emails));
    }
}
