package org.twoway.people;

import org.twoway.system.AutoIdEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

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
}
