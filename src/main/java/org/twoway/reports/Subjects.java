package org.twoway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.twoway.customers.Customer;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.scoring.SubjectType;

/**
 * The report speaks in natural keys (emails, refs, names); the pages link by database id. One query
 * per kind of subject, whatever the number of employees or flags.
 */
@ApplicationScoped
public class Subjects {

    /** Links into one cycle's report pages. */
    public static final class Links {
        private final long cycleId;
        private final Map<SubjectType, Map<String, Long>> ids = new EnumMap<>(SubjectType.class);

        private Links(long cycleId) {
            this.cycleId = cycleId;
        }

        /** The report page of a subject of the cycle, or null when it has none. */
        public String href(SubjectType subjectType, String key) {
            Long id = ids.getOrDefault(subjectType, Map.of()).get(key);
            if (id == null) {
                return null;
            }
            return switch (subjectType) {
                case EMPLOYEE -> ReportUris.scorecard(cycleId, id);
                case CUSTOMER -> ReportUris.customerReport(cycleId, id);
                case TEAM -> ReportUris.teamReport(cycleId, id);
                case PROCESS -> ReportUris.processReport(cycleId, id);
            };
        }

        public String employee(String email) {
            return href(SubjectType.EMPLOYEE, email);
        }

        public String customer(String ref) {
            return href(SubjectType.CUSTOMER, ref);
        }

        public String team(String name) {
            return href(SubjectType.TEAM, name);
        }

        public String process(String name) {
            return href(SubjectType.PROCESS, name);
        }
    }

    /**
     * Links to every employee, team and process, and to the customers named.
     *
     * @param customerRefs the customers the page links to (there can be tens of thousands in all)
     */
    public Links links(long cycleId, Collection<String> customerRefs) {
        Links links = new Links(cycleId);
        links.ids.put(SubjectType.EMPLOYEE, Employee.idsByEmail());
        links.ids.put(SubjectType.TEAM, Team.idsByName());
        links.ids.put(SubjectType.PROCESS, BusinessProcess.idsByName());
        if (!customerRefs.isEmpty()) {
            links.ids.put(SubjectType.CUSTOMER, Customer.idsByRef(customerRefs));
        }
        return links;
    }
}
