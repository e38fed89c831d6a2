package org.twoway.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.twoway.PageText;

/** What a person reads in a report page's table: each row's cells by their column's label. */
final class ReportTableText {

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td data-label=\"([^\"]*)\"[^>]*>(.*?)</td>", Pattern.DOTALL);

    private ReportTableText() {
    }

    /** The rows of the table whose heading has the id {@code t-<id>}. */
    static List<Map<String, String>> rows(String html, String id) {
        int start = html.indexOf("id=\"t-" + id + "\"");
        if (start < 0) {
            throw new AssertionError("The page has no table " + id);
        }
        String table = html.substring(start, html.indexOf("</table>", start));
        List<Map<String, String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            Map<String, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.put(cell.group(1), PageText.mainText(cell.group(2)));
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The row whose first cell reads {@code first}. */
    static Map<String, String> row(String html, String id, String first) {
        return rows(html, id).stream().filter(r -> r.values().iterator().next().equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("Table " + id + " has no row " + first));
    }
}
