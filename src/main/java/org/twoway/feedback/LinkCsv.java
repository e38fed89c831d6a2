package org.twoway.feedback;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Freshly issued links as CSV (customer, email, employee, process, url, expiry), for mail merges. Starts
 * with a byte-order mark so spreadsheets read UTF-8 names right; cells that a spreadsheet would run as a
 * formula are prefixed with an apostrophe.
 */
final class LinkCsv {

    private LinkCsv() {
    }

    static String of(List<IssuedLink> links) {
        StringBuilder csv = new StringBuilder("\uFEFFcustomer,email,employee,process,url,expiry\r\n");
        for (IssuedLink link : links) {
            csv.append(cell(link.customer())).append(',')
                    .append(cell(link.customerEmail())).append(',')
                    .append(cell(link.employee())).append(',')
                    .append(cell(link.process())).append(',')
                    .append(cell(link.url())).append(',')
                    .append(cell(DateTimeFormatter.ISO_INSTANT.format(link.expiresAt()))).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
