package org.twoway.system;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.stream.Collectors;

/** A Panache entity whose id the database assigns (AUTO_INCREMENT), as the Flyway schema defines. */
@MappedSuperclass
public abstract class AutoIdEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** A query of two columns as a map from the first to the second: ids by natural key, counts by id. */
    @SuppressWarnings("unchecked")
    protected static <K, V> Map<K, V> firstToSecond(TypedQuery<Object[]> query) {
        return query.getResultStream().collect(Collectors.toMap(row -> (K) row[0], row -> (V) row[1]));
    }
}
