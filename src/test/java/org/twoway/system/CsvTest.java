package org.twoway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        assertEquals("'=1+1", Csv.cell("=1+1"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'-2+3", Csv.cell("-2+3"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\tx", Csv.cell("\tx"));
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        assertEquals("-0.5", Csv.cell(-0.5));
        assertEquals("12", Csv.cell(12));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndNullIsEmpty() {
        assertEquals("\"Maier, Söhne\"", Csv.cell("Maier, Söhne"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void rowsEndWithCrLfAfterAByteOrderMark() {
        assertEquals("\uFEFFa,,1\r\n", new Csv().row("a", null, 1).toString());
    }
}
