package org.twoway.reports;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.twoway.scoring.SubjectType;
import org.twoway.system.Csv;
import org.twoway.system.Numbers;
import org.twoway.system.Refusal;

/**
 * One table of a report page: the rows the page shows are the rows its CSV holds, in the same
 * order, sorted server-side by the column the page's query names.
 */
@TemplateData
public final class Table {

    /** @param numeric right-aligned, and sorted as a number */
    @TemplateData
    public record Column(String key, String label, boolean numeric) {
    }

    /**
     * @param text  what the page shows
     * @param value what the table sorts by and the CSV holds: a number, or text; null sorts last
     * @param href  where the cell links to, or null
     * @param badge the badge class the text is shown in ({@code high}, {@code warning}), or null
     * @param shade the class of the cell's background, such as a heatmap's {@code h4}, or null
     * @param subject the report subject the cell links to once {@link #linked} has looked up the links
     *                of the rows shown, or null
     */
    @TemplateData
    public record Cell(String text, Object value, String href, String badge, String shade, Subject subject) {

        Cell(String text, Object value, String href, String badge, String shade) {
            this(text, value, href, badge, shade, null);
        }

        /** A link to a report subject, looked up only if the row is shown. */
        static Cell subject(String text, SubjectType type, String key) {
            return new Cell(text, text, null, null, null, new Subject(type, key));
        }

        static Cell text(String text) {
            return new Cell(text == null ? "" : text, text, null, null, null);
        }

        static Cell link(String text, String href) {
            return new Cell(text, text, href, null, null);
        }

        static Cell badge(String text) {
            return new Cell(text, text, null, text, null);
        }

        /** A number as the page shows it, sorted and exported unrounded; null shows {@code missing}. */
        static Cell number(Number value, String text, String missing) {
            return value == null ? new Cell(missing, null, null, null, null) : new Cell(text, value, null, null, null);
        }

        Cell shaded(String shade) {
            return new Cell(text, value, href, badge, shade, subject);
        }
    }

    /** A subject of the report: its type and its key. */
    public record Subject(SubjectType type, String key) {
    }

    @TemplateData
    public record Row(List<Cell> cells) {
    }

    /** A page shows this many rows of a long table; the rest are a link and a download away. */
    static final int FIRST_ROWS = 100;

    private final String id;
    private final String caption;
    private final PageQuery query;
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    /** @param id unique on its page: names the table in sort and CSV links, and its heading's anchor */
    public Table(String id, String caption, PageQuery query) {
        this.id = id;
        this.caption = caption;
        this.query = query;
    }

    Table column(String key, String label) {
        columns.add(new Column(key, label, false));
        return this;
    }

    Table numeric(String key, String label) {
        columns.add(new Column(key, label, true));
        return this;
    }

    Table row(Cell... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(id + " has " + columns.size() + " columns, not " + cells.length);
        }
        rows.add(new Row(List.of(cells)));
        return this;
    }

    /** Sorts the rows by the column the page's query names for this table; ties keep their order. */
    Table sorted() {
        String key = query.sortColumn(id);
        if (key == null) {
            return this;
        }
        int index = indexOf(key);
        Comparator<Object> values = Table::compareValues;
        Comparator<Row> order = Comparator.comparing(row -> row.cells().get(index).value(),
                Comparator.nullsLast(query.descending() ? values.reversed() : values));
        rows.sort(order);
        return this;
    }

    /**
     * Turns the subject cells of the rows shown into links, with one lookup for all of them: a
     * table of thousands of flags looks up only the subjects of its first rows.
     */
    Table linked(Subjects subjects, long cycleId) {
        List<Row> shown = getShownRows();
        Set<String> customers = new HashSet<>();
        shown.forEach(row -> row.cells().stream()
                .filter(c -> c.subject() != null && c.subject().type() == SubjectType.CUSTOMER)
                .forEach(c -> customers.add(c.subject().key())));
        Subjects.Links links = subjects.links(cycleId, customers);
        for (int i = 0; i < shown.size(); i++) {
            List<Cell> cells = new ArrayList<>(shown.get(i).cells());
            cells.replaceAll(c -> c.subject() == null ? c
                    : new Cell(c.text(), c.value(), links.href(c.subject().type(), c.subject().key()), c.badge(), c.shade()));
            shown.set(i, new Row(List.copyOf(cells)));
        }
        return this;
    }

    public String getId() {
        return id;
    }

    public String getCaption() {
        return caption;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The rows the page shows: the first {@value #FIRST_ROWS}, unless the page asks for all of them. */
    public List<Row> getShownRows() {
        return query.showsAll(id) || rows.size() <= FIRST_ROWS ? rows : rows.subList(0, FIRST_ROWS);
    }

    /** How many rows the page leaves to "show all" and the CSV. */
    public int getMore() {
        return rows.size() - getShownRows().size();
    }

    /** The number of rows with thousands separators. */
    public String getTotal() {
        return Numbers.thousands(rows.size());
    }

    public String getAllHref() {
        return query.allHref(id);
    }

    /** Whether the table is a heatmap: its shaded cells carry the colour. */
    public boolean isHeat() {
        return rows.stream().anyMatch(row -> row.cells().stream().anyMatch(cell -> cell.shade() != null));
    }

    public String getCsvHref() {
        return query.csvHref(id);
    }

    /** A link that sorts by the column, or turns its order round when it is already sorted by it. */
    public String sortHref(Column column) {
        boolean current = column.key().equals(query.sortColumn(id));
        return query.sortHref(id, column.key(), current ? !query.descending() : column.numeric());
    }

    /** ▲ or ▼ by the sorted column, ↕ by the others. */
    public String sortMark(Column column) {
        return switch (ariaSort(column)) {
            case "ascending" -> "▲";
            case "descending" -> "▼";
            default -> "↕";
        };
    }

    /** {@code ascending}, {@code descending} or {@code none}, for aria-sort. */
    public String ariaSort(Column column) {
        if (!column.key().equals(query.sortColumn(id))) {
            return "none";
        }
        return query.descending() ? "descending" : "ascending";
    }

    /** The table as a CSV download: the same columns and rows as on the page. */
    public Response csv(String fileName) {
        Csv csv = new Csv().row(columns.stream().map(Column::label).toList());
        for (Row row : rows) {
            csv.row(row.cells().stream().map(cell -> cell.value() instanceof Number ? cell.value() : cell.text()).toList());
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "-" + id + ".csv\"").build();
    }

    private int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw Refusal.invalid("sort", "The table “" + caption + "” has no column “" + key + "” to sort by.");
    }

    private static int compareValues(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return Objects.toString(a).compareToIgnoreCase(Objects.toString(b));
    }

    /** The table of the page named by {@code csv}, or a refusal naming the tables there are. */
    static Table named(String csv, List<Table> tables) {
        return tables.stream().filter(t -> t.id.equals(csv)).findFirst().orElseThrow(() -> Refusal.invalid("csv",
                "This page has no table “" + csv + "”; it has " + String.join(", ", tables.stream().map(t -> t.id).toList()) + "."));
    }
}
