package org.twoway.system;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheets (RFC 4180, UTF-8). A cell that a spreadsheet would read as a formula (starting
 * with = + - @, a tab or a carriage return) is prefixed with an apostrophe, so an exported comment or
 * name can never run as a formula.
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
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
