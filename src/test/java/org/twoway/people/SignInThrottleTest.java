package org.twoway.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    long now = 0;

    SignInThrottle throttle = new SignInThrottle(new SignInConfig() {
        public int accountFailures() {
            return 3;
        }

        public int addressFailures() {
            return 5;
        }

        public Duration lockFor() {
            return Duration.ofMinutes(10);
        }
    }, () -> now);

    void minutesPass(long minutes) {
        now += TimeUnit.MINUTES.toNanos(minutes);
    }

    @Test
    void theThirdFailureForOneEmailLocksItForTenMinutesAfterTheLast() {
        throttle.failed("Ann@Example.com", "10.0.0.1");
        throttle.failed("ann@example.com ", "10.0.0.2");
        assertEquals(0, throttle.secondsLocked("ann@example.com", "10.0.0.3"));
        minutesPass(2);
        throttle.failed("ann@example.com", "10.0.0.3");
        assertEquals(600, throttle.secondsLocked("ANN@example.com", "10.0.0.4"));
        assertEquals(0, throttle.secondsLocked("bob@example.com", "10.0.0.4"));
        minutesPass(9);
        assertEquals(60, throttle.secondsLocked("ann@example.com", "10.0.0.4"));
        minutesPass(1);
        assertEquals(0, throttle.secondsLocked("ann@example.com", "10.0.0.4"));
    }

    @Test
    void theFifthFailureFromOneAddressLocksItWhateverEmailsItTries() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("person" + i + "@example.com", "10.0.0.9");
        }
        assertEquals(0, throttle.secondsLocked("someone@example.com", "10.0.0.9"));
        throttle.failed("person4@example.com", "10.0.0.9");
        assertEquals(600, throttle.secondsLocked("someone@example.com", "10.0.0.9"));
        assertEquals(0, throttle.secondsLocked("someone@example.com", "10.0.0.10"));
    }

    @Test
    void failuresFurtherApartThanTheLockAreForgotten() {
        throttle.failed("ann@example.com", "10.0.0.1");
        minutesPass(10);
        throttle.failed("ann@example.com", "10.0.0.1");
        minutesPass(10);
        throttle.failed("ann@example.com", "10.0.0.1");
        assertEquals(0, throttle.secondsLocked("ann@example.com", "10.0.0.1"));
    }

    @Test
    void aRightPasswordForgetsTheEmailsFailuresButNotTheAddresss() {
        throttle.failed("ann@example.com", "10.0.0.1");
        throttle.failed("ann@example.com", "10.0.0.1");
        throttle.succeeded("ann@example.com");
        throttle.failed("ann@example.com", "10.0.0.1");
        throttle.failed("ann@example.com", "10.0.0.1");
        assertEquals(0, throttle.secondsLocked("ann@example.com", "10.0.0.2"));
        throttle.failed("bob@example.com", "10.0.0.1");
        assertEquals(600, throttle.secondsLocked("carl@example.com", "10.0.0.1"));
    }
}
