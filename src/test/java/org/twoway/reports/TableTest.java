package org.twoway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.twoway.system.Refusal;

/** Sorting, the rows a page shows, sort links and the CSV of a report table. */
class TableTest {

    private static Table scores(String sort, String dir) {
        Table table = new Table("employees", "Employees", new PageQuery("/p", sort, dir).filter("team", "A & B"))
                .column("name", "Name").numeric("score", "Score");
        for (Object[] row : new Object[][] {{"bo", 3.5}, {"Al", null}, {"cy", 4.25}, {"=evil", 1.0}}) {
            table.row(Table.Cell.text((String) row[0]),
                    Table.Cell.number((Double) row[1], row[1] == null ? null : row[1].toString(), "not enough responses"));
        }
        return table.sorted();
    }

    private static List<String> names(Table table) {
        return table.getRows().stream().map(r -> r.cells().get(0).text()).toList();
    }

    @Test
    void sortsNumbersUpOrDownWithMissingValuesLast() {
        assertEquals(List.of("=evil", "bo", "cy", "Al"), names(scores("employees.score", null)));
        assertEquals(List.of("cy", "bo", "=evil", "Al"), names(scores("employees.score", "desc")));
        assertEquals(List.of("=evil", "Al", "bo", "cy"), names(scores("employees.name", "asc")));
        assertEquals(List.of("bo", "Al", "cy", "=evil"), names(scores(null, null)), "without a sort, the order it was built in");
    }

    @Test
    void sortLinksKeepTheFiltersAndTurnTheSortedColumnRound() {
        Table table = scores("employees.score", null);
        Table.Column name = table.getColumns().get(0);
        Table.Column score = table.getColumns().get(1);
        assertEquals("/p?team=A+%26+B&sort=employees.score&dir=desc#t-employees", table.sortHref(score));
        assertEquals("/p?team=A+%26+B&sort=employees.name#t-employees", table.sortHref(name));
        assertEquals("ascending", table.ariaSort(score));
        assertEquals("none", table.ariaSort(name));
        assertEquals("/p?team=A+%26+B&csv=employees&sort=employees.score", table.getCsvHref());
    }

    @Test
    void anUnknownColumnOrDirectionIsRefusedWithItsName() {
        Refusal column = assertThrows(Refusal.class, () -> scores("employees.salary", null));
        assertTrue(column.getMessage().contains("salary"), column.getMessage());
        assertThrows(Refusal.class, () -> scores("employees.score", "sideways"));
        assertThrows(Refusal.class, () -> scores("score", null));
    }

    @Test
    void aLongTableShowsItsFirstRowsUnlessAllAreAskedFor() {
        PageQuery query = new PageQuery("/p", null, null);
        Table table = new Table("flags", "Flags", query).column("n", "N");
        for (int i = 0; i < Table.FIRST_ROWS + 5; i++) {
            table.row(Table.Cell.text("row " + i));
        }
        assertEquals(Table.FIRST_ROWS, table.getShownRows().size());
        assertEquals(5, table.getMore());
        assertEquals("/p?all=flags#t-flags", table.getAllHref());
        query.showAll("flags");
        assertEquals(Table.FIRST_ROWS + 5, table.getShownRows().size());
        assertEquals(0, table.getMore());
    }

    @Test
    void theCsvHoldsTheShownRowsUnroundedWithFormulasEscaped() {
        String csv = scores("employees.score", "desc").csv("cycle").getEntity().toString();
        assertEquals(Arrays.asList("\uFEFFName,Score", "cy,4.25", "bo,3.5", "'=evil,1.0", "Al,not enough responses"),
                csv.lines().toList());
    }
}
