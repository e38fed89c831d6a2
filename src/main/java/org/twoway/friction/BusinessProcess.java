package org.twoway.friction;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twoway.system.AutoIdEntity;

/** A process that employees and customers both meet, such as "Onboarding" or "Refunds". */
@Entity
@Table(name = "business_process")
public class BusinessProcess extends AutoIdEntity {

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 2000)
    public String description = "";

    public boolean active = true;

    public static Optional<BusinessProcess> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static List<BusinessProcess> listActive() {
        return list("active", Sort.by("name"), true);
    }

    public static List<BusinessProcess> listAllByName() {
        return listAll(Sort.by("active", Sort.Direction.Descending).and("name"));
    }

    /** Every process's id by name. */
    public static Map<String, Long> idsByName() {
        return firstToSecond(getEntityManager().createQuery("select p.name, p.id from BusinessProcess p", Object[].class));
    }
}
