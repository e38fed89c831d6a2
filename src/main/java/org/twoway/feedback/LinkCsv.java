package org.twoway.feedback;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.twoway.system.Csv;

/** Freshly issued links as CSV (customer, email, employee, process, url, expiry), for mail merges. */
final class LinkCsv {

    private LinkCsv() {
    }

    static String of(List<IssuedLink> links) {
        Csv csv = new Csv().row("customer", "email", "employee", "process", "url", "expiry");
        for (IssuedLink link : links) {
            csv.row(link.customer(), link.customerEmail(), link.employee(), link.process(), link.url(),
                    DateTimeFormatter.ISO_INSTANT.format(link.expiresAt()));
        }
        return csv.toString();
    }
}
