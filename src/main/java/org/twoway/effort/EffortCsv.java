package org.twoway.effort;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.twoway.people.Emails;

/**
 * Reads an effort file: UTF-8 (a byte-order mark is tolerated), a header row naming
 * {@code employee_email}, {@code customer_ref} and {@code hours}, the separator (comma or semicolon)
 * taken from the header, fields optionally in double quotes. With a semicolon, hours may use a
 * decimal comma. Every bad row is reported with its line number and reason; the file is usable
 * only when there are none.
 */
public final class EffortCsv {

    static final int SAMPLE_ROWS = 10;
    private static final List<String> COLUMNS = List.of("employee_email", "customer_ref", "hours");

    /** Finds employees by normalised email and customers by lower-cased reference, among the keys a file names. */
    interface Lookup {
        Map<String, Long> employees(Set<String> emails);

        Map<String, Long> customers(Set<String> refs);
    }

    public record BadRow(int line, String reason) {
    }

    public record Sample(int line, String employee, String customer, String hours) {
    }

    /** What a file holds: its valid rows, its first rows as written, its bad rows, or a problem with the file as a whole. */
    public record Parsed(String problem, EffortRows rows, List<Sample> sample, List<BadRow> bad) {
        public boolean ok() {
            return problem == null && bad.isEmpty() && rows.size() > 0;
        }

        static Parsed refused(String problem) {
            return new Parsed(problem, new EffortRows(), List.of(), List.of());
        }
    }

    private record Line(int number, List<String> fields, String problem) {
    }

    private EffortCsv() {
    }

    static Parsed parse(InputStream in, Lookup lookup) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            return Parsed.refused("The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n|\r", -1);
        String header = lines.length == 0 ? "" : lines[0];
        if (header.isBlank()) {
            return Parsed.refused("The file is empty. Its first line must be the header employee_email,customer_ref,hours.");
        }
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<String> names = split(header, separator);
        int[] column = names == null ? null : columns(names);
        if (column == null) {
            return Parsed.refused("The first line must be the header employee_email,customer_ref,hours (comma or"
                    + " semicolon between them); it is “" + abbreviate(header) + "”.");
        }

        List<Line> rows = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        Set<String> refs = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = split(lines[i], separator);
            if (fields == null) {
                rows.add(new Line(i + 1, null, "a quoted value is not closed"));
            } else if (fields.size() != names.size()) {
                rows.add(new Line(i + 1, null, "expected " + names.size() + " values separated by “" + separator
                        + "”, found " + fields.size()));
            } else {
                List<String> ordered = List.of(fields.get(column[0]).strip(), fields.get(column[1]).strip(),
                        fields.get(column[2]).strip());
                emails.add(Emails.normalize(ordered.get(0)));
                refs.add(ordered.get(1).toLowerCase(Locale.ROOT));
                rows.add(new Line(i + 1, ordered, null));
            }
        }
        if (rows.isEmpty()) {
            return Parsed.refused("The file has a header but no rows.");
        }
        return check(rows, lookup.employees(emails), lookup.customers(refs));
    }

    private static Parsed check(List<Line> lines, Map<String, Long> employees, Map<String, Long> customers) {
        EffortRows rows = new EffortRows();
        List<Sample> sample = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        for (Line line : lines) {
            if (line.problem() != null) {
                bad.add(new BadRow(line.number(), line.problem()));
                continue;
            }
            String email = line.fields().get(0);
            String ref = line.fields().get(1);
            String hoursText = line.fields().get(2);
            if (sample.size() < SAMPLE_ROWS) {
                sample.add(new Sample(line.number(), email, ref, hoursText));
            }
            List<String> reasons = new ArrayList<>(3);
            Long employee = employees.get(Emails.normalize(email));
            if (employee == null) {
                reasons.add(email.isEmpty() ? "employee_email is empty" : "unknown employee “" + email + "”");
            }
            Long customer = customers.get(ref.toLowerCase(Locale.ROOT));
            if (customer == null) {
                reasons.add(ref.isEmpty() ? "customer_ref is empty" : "unknown customer “" + ref + "”");
            }
            BigDecimal hours = EffortHours.parse(hoursText);
            String hoursProblem = hours == null ? "hours “" + abbreviate(hoursText) + "” are not a number"
                    : EffortHours.problem(hours);
            if (hoursProblem != null) {
                reasons.add(hoursProblem);
            }
            if (reasons.isEmpty()) {
                rows.add(employee, customer, hours);
            } else {
                bad.add(new BadRow(line.number(), String.join("; ", reasons)));
            }
        }
        return new Parsed(null, rows, sample, bad);
    }

    /** Where each expected column is in the header, or null when the header does not name exactly those. */
    private static int[] columns(List<String> names) {
        List<String> normalised = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        if (normalised.size() != COLUMNS.size() || !normalised.containsAll(COLUMNS)) {
            return null;
        }
        return COLUMNS.stream().mapToInt(normalised::indexOf).toArray();
    }

    /** The fields of one line; double quotes enclose a field and "" inside is one quote. Null for an unclosed quote. */
    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>(4);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
