package org.twoway.effort;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.twoway.people.Emails;

/**
 * Reads an effort file: UTF-8 (a byte-order mark is tolerated), a header row naming
 * {@code employee_email}, {@code customer_ref} and {@code hours}, the separator (comma or semicolon)
 * taken from the header, fields optionally in double quotes (RFC 4180, read by Commons CSV: a quoted value may
 * hold the separator, a quote as "" and a line break). With a semicolon, hours may use a decimal comma. Every bad row is reported with its line number and reason; the file is usable
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
        Lines lines = new Lines(text);
        String header = lines.text(0);
        if (header.isBlank()) {
            return Parsed.refused("The file is empty. Its first line must be the header employee_email,customer_ref,hours.");
        }
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true).get();
        List<Line> records = records(text, lines, format);
        List<String> names = records.get(0).problem() == null ? records.get(0).fields() : null;
        int[] column = names == null ? null : columns(names);
        if (column == null) {
            return Parsed.refused("The first line must be the header employee_email,customer_ref,hours (comma or"
                    + " semicolon between them); it is “" + abbreviate(header) + "”.");
        }

        List<Line> rows = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        Set<String> refs = new HashSet<>();
        for (Line record : records.subList(1, records.size())) {
            List<String> fields = record.fields();
            if (record.problem() != null) {
                rows.add(record);
            } else if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            } else if (fields.size() != names.size()) {
                rows.add(new Line(record.number(), null, "expected " + names.size() + " values separated by “"
                        + separator + "”, found " + fields.size()));
            } else {
                List<String> ordered = List.of(fields.get(column[0]).strip(), fields.get(column[1]).strip(),
                        fields.get(column[2]).strip());
                emails.add(Emails.normalize(ordered.get(0)));
                refs.add(ordered.get(1).toLowerCase(Locale.ROOT));
                rows.add(new Line(record.number(), ordered, null));
            }
        }
        if (rows.isEmpty()) {
            return Parsed.refused("The file has a header but no rows.");
        }
        return check(rows, lookup.employees(emails), lookup.customers(refs));
    }

    /**
     * The file's records, each with the line it starts on; a quoted value may hold a line break. A quote that is
     * never closed would take the rest of the file into one value: that record is told at its line, and reading
     * goes on from the line after it, so that the other rows are still checked.
     */
    private static List<Line> records(String text, Lines lines, CSVFormat format) throws IOException {
        List<Line> records = new ArrayList<>();
        int from = 0;
        while (from < lines.count()) {
            int next = from;
            StringReader reader = new StringReader(text);
            reader.skip(lines.start(from));
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format)
                    .setCharacterOffset(lines.start(from)).get()) {
                for (CSVRecord record : parser) {
                    int line = lines.firstFilledAt(record.getCharacterPosition());
                    records.add(new Line(line + 1, record.toList(), null));
                    next = line + 1 + breaksIn(record);
                }
                return records;
            } catch (UncheckedIOException unclosed) {
                int line = lines.firstFilled(next);
                records.add(new Line(line + 1, null, "a quoted value is not closed"));
                from = line + 1;
            }
        }
        return records;
    }

    /** The line breaks inside a record's quoted values: \r\n, \n or \r, each one. */
    private static int breaksIn(CSVRecord record) {
        int breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                breaks += endsLine(value, i) ? 1 : 0;
            }
        }
        return breaks;
    }

    /** Whether a line ends at this character: \n, or \r not followed by \n (\r\n ends a line once). */
    private static boolean endsLine(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
    }

    /** Where each line of the file starts, so that a record's position becomes the line number a person sees. */
    private static final class Lines {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (endsLine(text, i)) {
                    starts.add(i + 1);
                }
            }
        }

        int count() {
            return starts.size();
        }

        int start(int line) {
            return starts.get(line);
        }

        String text(int line) {
            int end = line + 1 < starts.size() ? starts.get(line + 1) : text.length();
            return text.substring(starts.get(line), end).stripTrailing();
        }

        /** The first line at or after this one that is not empty (the parser skips empty lines). */
        int firstFilled(int line) {
            while (line + 1 < starts.size() && text(line).isEmpty()) {
                line++;
            }
            return line;
        }

        int firstFilledAt(long position) {
            int found = Collections.binarySearch(starts, (int) position);
            return firstFilled(found >= 0 ? found : -found - 2);
        }
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
            BigDecimal hours = EffortHoursRule.parse(hoursText);
            String hoursProblem = hours == null ? "hours “" + abbreviate(hoursText) + "” are not a number"
                    : EffortHoursRule.problem(hours);
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

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
