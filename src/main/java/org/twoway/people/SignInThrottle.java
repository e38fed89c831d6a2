package org.twoway.people;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Counts failed sign-ins per email and per client address, in memory, and says how long either is locked.
 * The email need not belong to an account, so a lock tells nobody whether it does. Each count expires a lock's
 * length after its last failure.
 */
@ApplicationScoped
public class SignInThrottle {

    private record Failures(int count, long lastAt) {
    }

    private final ConcurrentMap<String, Failures> emails;
    private final ConcurrentMap<String, Failures> addresses;
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
        this.emails = Caffeine.newBuilder().expireAfterWrite(config.lockFor()).ticker(clock::getAsLong)
                .<String, Failures>build().asMap();
        this.addresses = Caffeine.newBuilder().expireAfterWrite(config.lockFor()).ticker(clock::getAsLong)
                .<String, Failures>build().asMap();
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

    private static Failures next(Failures old, long now) {
        return old == null ? new Failures(1, now) : new Failures(old.count + 1, now);
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
