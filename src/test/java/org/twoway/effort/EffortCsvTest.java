package org.twoway.effort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EffortCsvTest {

    /** Two employees (ids 1, 2) and two customers (ids 10, 20), looked up as the database would. */
    private static final EffortCsv.Lookup LOOKUP = new EffortCsv.Lookup() {
        public Map<String, Long> employees(Set<String> emails) {
            return only(Map.of("ana@x.example", 1L, "ben@x.example", 2L), emails);
        }

        public Map<String, Long> customers(Set<String> refs) {
            return only(Map.of("acme-1", 10L, "globex", 20L), refs);
        }

        private Map<String, Long> only(Map<String, Long> known, Set<String> asked) {
            return known.entrySet().stream().filter(e -> asked.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    };

    @Test
    void commaFileWithByteOrderMarkQuotesAndWindowsLineEndsIsRead() throws IOException {
        EffortCsv.Parsed parsed = parse("\uFEFFemployee_email,customer_ref,hours\r\n"
                + "ana@x.example,ACME-1,12.5\r\n"
                + "\"Ben@X.example\",\"Globex\",\"3\"\r\n"
                + "\r\n"
                + "ana@x.example , globex , 0.25\r\n");
        assertTrue(parsed.ok(), () -> parsed.bad().toString() + parsed.problem());
        assertEquals(3, parsed.rows().size());
        assertEquals(new BigDecimal("15.75"), parsed.rows().totalHours());
        assertEquals(2, parsed.rows().employee(1));
        assertEquals(20, parsed.rows().customer(1));
        assertEquals(new BigDecimal("0.25"), parsed.rows().hours(2));
        assertEquals(new EffortCsv.Sample(5, "ana@x.example", "globex", "0.25"), parsed.sample().get(2));
    }

    @Test
    void semicolonFileAcceptsDecimalCommaAndColumnsInAnyOrder() throws IOException {
        EffortCsv.Parsed parsed = parse("hours;Employee_Email;customer_ref\n12,5;ana@x.example;acme-1\n744;ben@x.example;globex\n");
        assertTrue(parsed.ok(), () -> parsed.bad().toString());
        assertEquals(new BigDecimal("12.50"), parsed.rows().hours(0));
        assertEquals(1, parsed.rows().employee(0));
        assertEquals(new BigDecimal("756.50"), parsed.rows().totalHours());
    }

    @Test
    void everyBadRowIsListedWithItsLineNumberAndReason() throws IOException {
        EffortCsv.Parsed parsed = parse("employee_email,customer_ref,hours\n"
                + "ana@x.example,acme-1,1\n"          // 2 fine
                + "nobody@x.example,acme-1,1\n"       // 3 unknown employee
                + "ana@x.example,NOPE,1\n"            // 4 unknown customer
                + "ana@x.example,acme-1,abc\n"        // 5 not a number
                + "ana@x.example,acme-1,0\n"          // 6 not more than 0
                + "ana@x.example,acme-1,744.01\n"     // 7 above 744
                + "ana@x.example,acme-1,-3\n"         // 8 negative
                + "ana@x.example,acme-1,1.234\n"      // 9 three decimals
                + "ana@x.example,acme-1\n"            // 10 a value missing
                + "\"ana@x.example,acme-1,1\n"        // 11 unclosed quote
                + "\n"                                // 12 blank, skipped
                + "ghost@x.example,,2e\n");           // 13 three reasons at once
        assertFalse(parsed.ok());
        assertNull(parsed.problem());
        assertEquals(1, parsed.rows().size());
        Map<Integer, String> reasons = parsed.bad().stream()
                .collect(Collectors.toMap(EffortCsv.BadRow::line, EffortCsv.BadRow::reason));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 13), parsed.bad().stream().map(EffortCsv.BadRow::line).toList());
        assertEquals("unknown employee “nobody@x.example”", reasons.get(3));
        assertEquals("unknown customer “NOPE”", reasons.get(4));
        assertEquals("hours “abc” are not a number", reasons.get(5));
        assertEquals("hours 0 are outside 0 < h <= 744", reasons.get(6));
        assertEquals("hours 744.01 are outside 0 < h <= 744", reasons.get(7));
        assertEquals("hours -3 are outside 0 < h <= 744", reasons.get(8));
        assertEquals("hours 1.234 have more than two decimals", reasons.get(9));
        assertEquals("expected 3 values separated by “,”, found 2", reasons.get(10));
        assertEquals("a quoted value is not closed", reasons.get(11));
        assertEquals("unknown employee “ghost@x.example”; customer_ref is empty; hours “2e” are not a number", reasons.get(13));
    }

    @Test
    void aQuotedValueMayHoldALineBreakAndTheLinesAfterItKeepTheirNumbers() throws IOException {
        EffortCsv.Parsed parsed = parse("employee_email,customer_ref,hours\r\n"
                + "ana@x.example,\"acme-1\r\n(second line)\",1\r\n"   // 2-3: one row, its customer over two lines
                + "ben@x.example,globex,\"2\"\r\n"                       // 4
                + "nobody@x.example,globex,1\r\n");                      // 5
        assertEquals(List.of(2, 5), parsed.bad().stream().map(EffortCsv.BadRow::line).toList());
        assertEquals("unknown customer “acme-1\r\n(second line)”", parsed.bad().get(0).reason());
        assertEquals(1, parsed.rows().size());
        assertEquals(2, parsed.rows().employee(0));
        assertEquals(new EffortCsv.Sample(4, "ben@x.example", "globex", "2"), parsed.sample().get(1));
    }

    @Test
    void fileThatIsNotAnEffortFileIsRefusedAsAWhole() throws IOException {
        assertTrue(parse("").problem().startsWith("The file is empty."));
        assertTrue(parse("email,customer,hours\nana@x.example,acme-1,1\n").problem()
                .startsWith("The first line must be the header employee_email,customer_ref,hours"));
        assertTrue(parse("employee_email,customer_ref,hours,notes\n").problem().startsWith("The first line must be"));
        assertEquals("The file has a header but no rows.", parse("employee_email,customer_ref,hours\n\n").problem());
        byte[] latin1 = "employee_email,customer_ref,hours\nj\u00f6rg@x.example,acme-1,1\n".getBytes(StandardCharsets.ISO_8859_1);
        EffortCsv.Parsed notUtf8 = EffortCsv.parse(new ByteArrayInputStream(latin1), LOOKUP);
        assertTrue(notUtf8.problem().startsWith("The file is not UTF-8 text."));
        assertFalse(notUtf8.ok());
    }

    private static EffortCsv.Parsed parse(String text) throws IOException {
        return EffortCsv.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), LOOKUP);
    }
}
