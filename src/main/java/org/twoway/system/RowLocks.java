package org.twoway.system;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Loads a row with SELECT ... FOR UPDATE, current as of now, locked until the transaction ends: the way to load a
 * row that a request changes when another may change it at the same moment, since Hibernate writes the row whole and
 * the second writer would otherwise undo the first. Written by hand because Hibernate's MySQL 8 dialect adds
 * "FOR UPDATE OF", which MariaDB does not accept.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** The entity behind the row, or null when there is none; call it before the transaction reads that row otherwise. */
    public static <T> T lock(EntityManager em, Class<T> entity, String table, long id) {
        List<T> rows = em.createNativeQuery("SELECT * FROM " + table + " WHERE id = :id FOR UPDATE", entity)
                .setParameter("id", id)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
