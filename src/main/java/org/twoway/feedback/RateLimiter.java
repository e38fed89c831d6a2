package org.twoway.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts requests per client address in fixed windows ({@code twoway.feedback.rate-limit.*}), in memory:
 * cheap enough for thousands of requests a second. A window is an entry that expires when the window ends,
 * so an address gone quiet is forgotten.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long startedAt, AtomicInteger used) {
    }

    private final Cache<String, Window> windows;
    private final boolean enabled;
    private final int limit;
    private final long windowNanos;

    RateLimiter(FeedbackConfig config) {
        this.enabled = config.rateLimit().enabled();
        this.limit = config.rateLimit().requests();
        this.windowNanos = config.rateLimit().window().toNanos();
        this.windows = Caffeine.newBuilder().expireAfterWrite(config.rateLimit().window()).build();
    }

    /** Counts a request from the address; false once the address has used up its window. */
    public boolean allow(String address) {
        if (!enabled) {
            return true;
        }
        Window window = windows.get(address, key -> new Window(System.nanoTime(), new AtomicInteger()));
        return window.used.incrementAndGet() <= limit;
    }

    /** Seconds until the address may ask again, for the Retry-After header. */
    public long secondsToWait(String address) {
        Window window = windows.getIfPresent(address);
        long left = window == null ? 0 : windowNanos - (System.nanoTime() - window.startedAt);
        return Math.max(1, (left + 999_999_999) / 1_000_000_000);
    }
}
