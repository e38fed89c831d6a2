package org.twoway.loop;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** When a follow-up is due: a number of working days (Monday to Friday in the company's zone) after it opened. */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The end of the {@code days}-th working day after the day of {@code opened}; 0 days: at once. */
    static Instant due(Instant opened, int days, ZoneId zone) {
        if (days == 0) {
            return opened;
        }
        LocalDate day = LocalDate.ofInstant(opened, zone);
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
