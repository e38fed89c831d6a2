package org.twoway.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twoway.system.Tokens;

/** The counts are rows of the real database, which every node shares; the clock is the test's, a day behind. */
@QuarkusTest
class SignInThrottleTest {

    static final SignInConfig CONFIG = new SignInConfig() {
        public int accountFailures() {
            return 3;
        }

        public int addressFailures() {
            return 5;
        }

        public Duration lockFor() {
            return Duration.ofMinutes(10);
        }
    };

    @Inject
    AgroalDataSource dataSource;

    long now = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1);
    SignInThrottle throttle;

    @BeforeEach
    void forgetTheseTestsFailures() throws SQLException {
        throttle = new SignInThrottle(CONFIG, dataSource, () -> now);
        List<String> subjects = new ArrayList<>(Stream.of("ann", "bob", "carl", "someone", "person0", "person1",
                "person2", "person3", "person4").map(name -> Tokens.sha256(name + "@example.com")).toList());
        IntStream.rangeClosed(1, 10).forEach(i -> subjects.add(Tokens.sha256("10.0.0." + i)));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM sign_in_failure WHERE subject = ?")) {
            for (String subject : subjects) {
                delete.setString(1, subject);
                delete.executeUpdate();
            }
        }
    }

    void minutesPass(long minutes) {
        now += TimeUnit.MINUTES.toMillis(minutes);
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

    @Test
    void aSecondNodeCountsOnFromTheFailuresTheFirstCounted() {
        SignInThrottle otherNode = new SignInThrottle(CONFIG, dataSource, () -> now);
        throttle.failed("ann@example.com", "10.0.0.1");
        throttle.failed("ann@example.com", "10.0.0.2");
        assertEquals(0, otherNode.secondsLocked("ann@example.com", "10.0.0.3"));
        otherNode.failed("ann@example.com", "10.0.0.3");
        assertEquals(600, otherNode.secondsLocked("ann@example.com", "10.0.0.4"));
        assertEquals(600, throttle.secondsLocked("ann@example.com", "10.0.0.4"));
    }

    @Test
    void aCountWhoseLastFailureIsALockAgoStartsAgainAtOne() throws SQLException {
        throttle.failed("Ann@Example.com", "10.0.0.5");
        minutesPass(9);
        throttle.failed("ann@example.com", "10.0.0.5");
        assertEquals(List.of("ADDRESS 2", "EMAIL 2"), rows("ann@example.com", "10.0.0.5"));
        minutesPass(10);
        throttle.failed("ann@example.com", "10.0.0.5");
        assertEquals(List.of("ADDRESS 1", "EMAIL 1"), rows("ann@example.com", "10.0.0.5"));
    }

    @Test
    void aRightPasswordAlsoDeletesEveryRowWhoseLastFailureIsALockAgo() throws SQLException {
        throttle.failed("bob@example.com", "10.0.0.6");
        minutesPass(5);
        throttle.failed("carl@example.com", "10.0.0.7");
        minutesPass(5);
        throttle.succeeded("ann@example.com");
        assertEquals(List.of(), rows("bob@example.com", "10.0.0.6"));
        assertEquals(List.of("ADDRESS 1", "EMAIL 1"), rows("carl@example.com", "10.0.0.7"));
    }

    /** The rows of an email and an address, found by the hashes alone: kind and count. */
    List<String> rows(String email, String address) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT kind, failures FROM sign_in_failure"
                        + " WHERE subject IN (?, ?) ORDER BY kind")) {
            select.setString(1, Tokens.sha256(email));
            select.setString(2, Tokens.sha256(address));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getInt(2));
                }
            }
        }
        return rows;
    }
}
