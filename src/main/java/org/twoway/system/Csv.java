package org.twoway.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;

/**
 * CSV for spreadsheets (RFC 4180, UTF-8, written by Commons CSV). A cell that a spreadsheet would read as a
 * formula (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe, so an exported
 * comment or name can never run as a formula.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public Csv row(List<?> cells) {
        out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.isEmpty()) {
            return "";
        }
        if (!(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        StringBuilder cell = new StringBuilder(text.length() + 2);
        try {
            CSVFormat.RFC4180.print(text, cell, true); // each cell alone, as the first of a record
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return cell.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
