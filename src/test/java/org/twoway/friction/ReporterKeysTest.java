package org.twoway.friction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.twoway.system.StartupRefusal;
import org.twoway.system.TwowayConfig;

class ReporterKeysTest {

    private static final String KEY = "a-secret-of-at-least-thirty-two-characters";

    @Test
    void startUpStopsAndNamesTheSettingWhenTheKeyIsMissingOrShort() {
        StartupRefusal missing = assertThrows(StartupRefusal.class, () -> new ReporterKeys(config(null)));
        assertTrue(missing.getMessage().contains("TWOWAY_ANONYMITY_KEY is not set"), missing.getMessage());
        StartupRefusal blank = assertThrows(StartupRefusal.class, () -> new ReporterKeys(config("  ")));
        assertTrue(blank.getMessage().contains("TWOWAY_ANONYMITY_KEY"), blank.getMessage());
        StartupRefusal shortKey = assertThrows(StartupRefusal.class, () -> new ReporterKeys(config("x".repeat(31))));
        assertTrue(shortKey.getMessage().contains("too short (31 characters)"), shortKey.getMessage());
    }

    @Test
    void keyIsStableForAReportAndDiffersAcrossProcessesPeopleCyclesAndSecrets() {
        ReporterKeys keys = new ReporterKeys(config(KEY));
        assertEquals(keys.of(7, 3, 42), keys.of(7, 3, 42));
        assertNotEquals(keys.of(7, 3, 42), keys.of(7, 4, 42), "one person's reports on two processes share no key");
        assertNotEquals(keys.of(7, 3, 42), keys.of(7, 3, 43));
        assertNotEquals(keys.of(7, 3, 42), keys.of(8, 3, 42));
        assertNotEquals(keys.of(7, 3, 42), new ReporterKeys(config(KEY + "!")).of(7, 3, 42));
        assertTrue(keys.of(7, 3, 42).matches("[0-9a-f]{64}"));
    }

    private static TwowayConfig config(String anonymityKey) {
        return new TwowayConfig() {
            public Optional<String> sessionKey() {
                return Optional.empty();
            }

            public Optional<String> anonymityKey() {
                return Optional.ofNullable(anonymityKey);
            }

            public Duration sessionTimeout() {
                return Duration.ofMinutes(30);
            }

            public Optional<String> adminEmail() {
                return Optional.empty();
            }

            public Optional<String> adminPassword() {
                return Optional.empty();
            }

            public String baseUrl() {
                return "http://localhost";
            }

            public String companyName() {
                return "Test";
            }

            public ZoneId timeZone() {
                return ZoneId.of("UTC");
            }

            public boolean demo() {
                return false;
            }

            public Database database() {
                throw new UnsupportedOperationException("reporter keys need no database");
            }
        };
    }
}
