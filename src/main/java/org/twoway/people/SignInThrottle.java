package org.twoway.people;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts failed sign-ins per email and per client address, in memory, and says how long either is locked.
 * The email need not belong to an account, so a lock tells nobody whether it does.
 */
@ApplicationScoped
public class SignInThrottle {

    private record Failures(int count, long lastAt) {
    }

    private final Map<String, Failures> emails = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final int emailLimit;
    private final int addressLimit;
    private final long lockNanos;
    private final LongSupplier clock;

    @Inject
    SignInThrottle(SignInConfig config) {
        this(config, System::nanoTime);
    }

    SignInThrottle(SignInConfig config, LongSupplier clock) {
        this.emailLimit = config.accountFailures();
        this.addressLimit = config.addressFailures();
        this.lockNanos = config.lockFor().toNanos();
        this.clock = clock;
    }

    /** Seconds until the email and the address may try again; 0 when neither is locked. */
    public long secondsLocked(String email, String address) {
        long now = clock.getAsLong();
        long left = Math.max(left(emails.get(key(email)), emailLimit, now), left(addresses.get(address), addressLimit, now));
        return left <= 0 ? 0 : Math.max(1, (left + 999_999_999) / 1_000_000_000);
    }

    public void failed(String email, String address) {
        long now = clock.getAsLong();
        emails.compute(key(email), (key, old) -> next(old, now));
        addresses.compute(address, (key, old) -> next(old, now));
    }

    /** A right password forgets the email's failures; the address keeps its count. */
    public void succeeded(String email) {
        emails.remove(key(email));
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldFailures() {
        long now = clock.getAsLong();
        emails.values().removeIf(failures -> now - failures.lastAt >= lockNanos);
        addresses.values().removeIf(failures -> now - failures.lastAt >= lockNanos);
    }

    private Failures next(Failures old, long now) {
        return old == null || now - old.lastAt >= lockNanos ? new Failures(1, now) : new Failures(old.count + 1, now);
    }

    private long left(Failures failures, int limit, long now) {
        if (failures == null || failures.count < limit) {
            return 0;
        }
        return lockNanos - (now - failures.lastAt);
    }

    private static String key(String email) {
        String normalized = Emails.normalize(email);
        return normalized == null ? "" : normalized;
    }
}
