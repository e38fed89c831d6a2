package org.twoway.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.twoway.system.Refusal;

/**
 * Where a report page is and how it was asked for: its path, its filters, and the one table sorted
 * by one column ({@code sort=flags.severity&dir=desc}). Sorting and CSV links keep the filters, so
 * every view can be bookmarked, printed and exported without JavaScript.
 */
public final class PageQuery {

    private final String path;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private final String sortTable;
    private final String sortColumn;
    private final boolean descending;
    private String all;

    /**
     * @param sort {@code table.column}, or null or blank for each table's own order
     * @param dir  {@code asc} (the default) or {@code desc}
     */
    public PageQuery(String path, String sort, String dir) {
        this.path = path;
        if (sort == null || sort.isBlank()) {
            sortTable = null;
            sortColumn = null;
        } else {
            int dot = sort.indexOf('.');
            if (dot < 1 || dot == sort.length() - 1) {
                throw Refusal.invalid("sort", "Sort by a table and column, such as flags.severity.");
            }
            sortTable = sort.substring(0, dot);
            sortColumn = sort.substring(dot + 1);
        }
        if (dir != null && !dir.isBlank() && !dir.equals("asc") && !dir.equals("desc")) {
            throw Refusal.invalid("dir", "Sort up (asc) or down (desc).");
        }
        descending = "desc".equals(dir);
    }

    /** Keeps a filter in every link of the page; blank values are left out. */
    public PageQuery filter(String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
        return this;
    }

    /** Shows every row of one table (by its id) instead of its first rows; null or blank: none. */
    public PageQuery showAll(String table) {
        all = table == null || table.isBlank() ? null : table;
        return this;
    }

    boolean showsAll(String table) {
        return table.equals(all);
    }

    String allHref(String table) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        sortParams(params);
        params.put("all", table);
        return href(params) + "#t-" + table;
    }

    private void sortParams(Map<String, String> params) {
        if (sortTable != null) {
            params.put("sort", sortTable + "." + sortColumn);
            if (descending) {
                params.put("dir", "desc");
            }
        }
    }

    public String path() {
        return path;
    }

    /** The column a table is sorted by, or null when it keeps its own order. */
    String sortColumn(String table) {
        return table.equals(sortTable) ? sortColumn : null;
    }

    boolean descending() {
        return descending;
    }

    String sortHref(String table, String column, boolean descendingNext) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        params.put("sort", table + "." + column);
        if (descendingNext) {
            params.put("dir", "desc");
        }
        if (all != null) {
            params.put("all", all);
        }
        return href(params) + "#t-" + table;
    }

    String csvHref(String table) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        params.put("csv", table);
        if (table.equals(sortTable)) {
            params.put("sort", sortTable + "." + sortColumn);
            if (descending) {
                params.put("dir", "desc");
            }
        }
        return href(params);
    }

    /** This page with its filters, and another value for one of them (null or blank removes it). */
    public String with(String filter, String value) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        if (value == null || value.isBlank()) {
            params.remove(filter);
        } else {
            params.put(filter, value);
        }
        return href(params);
    }

    private String href(Map<String, String> params) {
        if (params.isEmpty()) {
            return path;
        }
        return path + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
