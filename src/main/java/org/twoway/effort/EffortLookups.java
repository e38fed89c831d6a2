package org.twoway.effort;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.twoway.customers.Customer;
import org.twoway.people.Emails;
import org.twoway.people.Employee;

/** The ids of the employees and customers that an import or an API batch names, a thousand keys per query. */
@ApplicationScoped
class EffortLookups implements EffortCsv.Lookup {

    private static final int CHUNK = 1000;

    @Override
    public Map<String, Long> employees(Set<String> emails) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(emails)) {
            Employee.idsByEmail(chunk).forEach((email, id) -> ids.put(Emails.normalize(email), id));
        }
        return ids;
    }

    @Override
    public Map<String, Long> customers(Set<String> refs) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(refs)) {
            Customer.idsByRef(chunk).forEach((ref, id) -> ids.put(ref.toLowerCase(Locale.ROOT), id));
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
