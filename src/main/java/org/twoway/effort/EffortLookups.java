package org.twoway.effort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.twoway.people.Emails;

/** The ids of the employees and customers that an import or an API batch names, a thousand keys per query. */
@ApplicationScoped
class EffortLookups implements EffortCsv.Lookup {

    private static final int CHUNK = 1000;

    private final EntityManager em;

    EffortLookups(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<String, Long> employees(Set<String> emails) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(emails)) {
            em.createQuery("select e.email, e.id from Employee e where e.email in ?1", Object[].class)
                    .setParameter(1, chunk).getResultList()
                    .forEach(row -> ids.put(Emails.normalize((String) row[0]), (Long) row[1]));
        }
        return ids;
    }

    @Override
    public Map<String, Long> customers(Set<String> refs) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(refs)) {
            em.createQuery("select c.ref, c.id from Customer c where c.ref in ?1", Object[].class)
                    .setParameter(1, chunk).getResultList()
                    .forEach(row -> ids.put(((String) row[0]).toLowerCase(Locale.ROOT), (Long) row[1]));
        }
        return ids;
    }

    private static List<List<String>> chunks(Set<String> keys) {
        List<String> all = keys.stream().filter(k -> k != null && !k.isEmpty()).toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
