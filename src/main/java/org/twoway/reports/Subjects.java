package org.twoway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.twoway.scoring.Flag;

/**
 * The report speaks in natural keys (emails, refs, names); the pages link by database id. One query
 * per kind of subject, whatever the number of employees or flags.
 */
@ApplicationScoped
public class Subjects {

    private final EntityManager em;

    Subjects(EntityManager em) {
        this.em = em;
    }

    /** Links into one cycle's report pages. */
    public static final class Links {
        private final long cycleId;
        private final Map<String, Map<String, Long>> ids = new HashMap<>();

        private Links(long cycleId) {
            this.cycleId = cycleId;
        }

        /** The report page of a subject of the cycle, or null when it has none. */
        public String href(String subjectType, String key) {
            Long id = ids.getOrDefault(subjectType, Map.of()).get(key);
            if (id == null) {
                return null;
            }
            return "/hr/cycles/" + cycleId + "/" + switch (subjectType) {
                case Flag.EMPLOYEE -> "employees/";
                case Flag.CUSTOMER -> "customers/";
                case Flag.TEAM -> "teams/";
                default -> "processes/";
            } + id;
        }

        public String employee(String email) {
            return href(Flag.EMPLOYEE, email);
        }

        public String customer(String ref) {
            return href(Flag.CUSTOMER, ref);
        }

        public String team(String name) {
            return href(Flag.TEAM, name);
        }

        public String process(String name) {
            return href(Flag.PROCESS, name);
        }
    }

    /**
     * Links to every employee, team and process, and to the customers named.
     *
     * @param customerRefs the customers the page links to (there can be tens of thousands in all)
     */
    public Links links(long cycleId, Collection<String> customerRefs) {
        Links links = new Links(cycleId);
        put(links, Flag.EMPLOYEE, em.createQuery("select e.email, e.id from Employee e", Object[].class).getResultList());
        put(links, Flag.TEAM, em.createQuery("select t.name, t.id from Team t", Object[].class).getResultList());
        put(links, Flag.PROCESS, em.createQuery("select p.name, p.id from BusinessProcess p", Object[].class).getResultList());
        if (!customerRefs.isEmpty()) {
            put(links, Flag.CUSTOMER, em.createQuery("select c.ref, c.id from Customer c where c.ref in ?1", Object[].class)
                    .setParameter(1, customerRefs).getResultList());
        }
        return links;
    }

    private static void put(Links links, String type, List<Object[]> rows) {
        Map<String, Long> byKey = links.ids.computeIfAbsent(type, t -> new HashMap<>());
        rows.forEach(row -> byKey.put((String) row[0], (Long) row[1]));
    }
}
