package org.twoway.system;

import io.quarkus.arc.Arc;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The company's time zone, {@code twoway.time-zone} (default UTC): every date and time a person reads is in it
 * and says so ({@code 2026-10-01 14:03 UTC}, {@code 2026-10-01 16:03 CEST}), and a cycle's days end at its
 * midnight. What is stored stays an instant.
 */
public final class CompanyTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private CompanyTime() {
    }

    public static ZoneId zone() {
        return Arc.container().instance(TwowayConfig.class).get().timeZone();
    }

    /** A moment to the minute: {@code 2026-10-01 14:03 UTC}. */
    public static String minutes(Instant instant) {
        return MINUTES.withZone(zone()).format(instant);
    }

    /** A moment to the second: {@code 2026-10-01 14:03:27 UTC}. */
    public static String seconds(Instant instant) {
        return SECONDS.withZone(zone()).format(instant);
    }

    /**
     * A deadline as a person reads it: one at a midnight is the end of the day before ({@code end of 2026-12-09
     * UTC}), which is how follow-ups fall due; any other moment to the minute.
     */
    public static String deadline(Instant instant) {
        ZonedDateTime at = instant.atZone(zone());
        return at.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? "end of " + at.toLocalDate().minusDays(1) + " " + DateTimeFormatter.ofPattern("z").format(at)
                : minutes(instant);
    }

    /** The day a moment falls on. */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /** When a day ends: the start of the next one. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }
}
