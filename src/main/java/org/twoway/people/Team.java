package org.twoway.people;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twoway.system.AutoIdEntity;

@Entity
@Table(name = "team")
public class Team extends AutoIdEntity {

    @Column(nullable = false, length = 100)
    public String name;

    public boolean active = true;

    public static Optional<Team> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static List<Team> listActive() {
        return list("active", Sort.by("name"), true);
    }

    public static List<Team> listAllByName() {
        return listAll(Sort.by("active", Sort.Direction.Descending).and("name"));
    }

    /** Every team's id by name. */
    public static Map<String, Long> idsByName() {
        return firstToSecond(getEntityManager().createQuery("select t.name, t.id from Team t", Object[].class));
    }

    /** Whether any team exists: a company has been set up. */
    public static boolean anyExists() {
        return count() > 0;
    }
}
