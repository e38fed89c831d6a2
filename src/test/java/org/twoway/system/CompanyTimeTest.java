package org.twoway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A company in Berlin reads its times in Berlin's zone, named, and its cycles end at Berlin's midnight. */
@QuarkusTest
@TestProfile(CompanyTimeTest.Berlin.class)
class CompanyTimeTest {

    public static class Berlin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twoway.time-zone", "Europe/Berlin");
        }
    }

    @Test
    void timesAreShownInTheCompanysZoneWithItsName() {
        assertEquals("2026-07-01 14:00 CEST", TemplateExtensions.minutes(Instant.parse("2026-07-01T12:00:00Z")));
        assertEquals("2026-12-01 13:00:05 CET", TemplateExtensions.seconds(Instant.parse("2026-12-01T12:00:05Z")));
    }

    @Test
    void aCyclesLastDayEndsAtTheCompanysMidnight() {
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"), CompanyTime.endOf(LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2027, 1, 1), CompanyTime.day(Instant.parse("2026-12-31T23:30:00Z")));
    }
}
