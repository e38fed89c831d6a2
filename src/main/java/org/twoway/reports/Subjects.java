package org.twoway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.twoway.customers.Customer;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.scoring.Flag;

/**
 * The report speaks in natural keys (emails, refs, names); the pages link by database id. One query
 * per kind of subject, whatever the number of employees or flags.
 */
@ApplicationScoped
public class Subjects {

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
        links.ids.put(Flag.EMPLOYEE, Employee.idsByEmail());
        links.ids.put(Flag.TEAM, Team.idsByName());
        links.ids.put(Flag.PROCESS, BusinessProcess.idsByName());
        if (!customerRefs.isEmpty()) {
            links.ids.put(Flag.CUSTOMER, Customer.idsByRef(customerRefs));
        }
        return links;
    }
}
