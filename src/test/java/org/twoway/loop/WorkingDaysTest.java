package org.twoway.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Due times worked out on a calendar: 2026-12-07 is a Monday, 2026-12-11 a Friday. */
class WorkingDaysTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void twoWorkingDaysAfterAMondayEndWithWednesday() {
        assertEquals(Instant.parse("2026-12-10T00:00:00Z"), WorkingDays.due(Instant.parse("2026-12-07T09:15:00Z"), 2, UTC));
    }

    @Test
    void theWeekendDoesNotCount() {
        // Thursday + 2 working days = Monday; Friday + 1 = Monday; Saturday + 1 = Monday; Sunday + 2 = Tuesday.
        assertEquals(Instant.parse("2026-12-15T00:00:00Z"), WorkingDays.due(Instant.parse("2026-12-10T16:00:00Z"), 2, UTC));
        assertEquals(Instant.parse("2026-12-15T00:00:00Z"), WorkingDays.due(Instant.parse("2026-12-11T23:59:00Z"), 1, UTC));
        assertEquals(Instant.parse("2026-12-15T00:00:00Z"), WorkingDays.due(Instant.parse("2026-12-12T10:00:00Z"), 1, UTC));
        assertEquals(Instant.parse("2026-12-16T00:00:00Z"), WorkingDays.due(Instant.parse("2026-12-13T10:00:00Z"), 2, UTC));
    }

    @Test
    void zeroDaysIsDueAtOnce() {
        Instant opened = Instant.parse("2026-12-12T10:00:00.123Z");
        assertEquals(opened, WorkingDays.due(opened, 0, UTC));
    }

    @Test
    void daysAreTheCompanysDays() {
        // 23:30 UTC on Friday is already Saturday in Berlin: one working day later is Monday's end, 23:00 UTC in winter.
        assertEquals(Instant.parse("2026-12-14T23:00:00Z"), WorkingDays.due(Instant.parse("2026-12-11T23:30:00Z"), 1, BERLIN));
        // 22:30 UTC on Thursday is 23:30 on Thursday in Berlin: one working day later is Friday's end.
        assertEquals(Instant.parse("2026-12-11T23:00:00Z"), WorkingDays.due(Instant.parse("2026-12-10T22:30:00Z"), 1, BERLIN));
    }
}
