package org.twoway.feedback;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts requests per client address in fixed windows ({@code twoway.feedback.rate-limit.*}), in memory:
 * cheap enough for thousands of requests a second, and forgetful of addresses gone quiet.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long startedAt, AtomicInteger used) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final int limit;
    private final long windowNanos;

    RateLimiter(FeedbackConfig config) {
        this.enabled = config.rateLimit().enabled();
        this.limit = config.rateLimit().requests();
        this.windowNanos = config.rateLimit().window().toNanos();
    }

    /** Counts a request from the address; false once the address has used up its window. */
    public boolean allow(String address) {
        if (!enabled) {
            return true;
        }
        long now = System.nanoTime();
        Window window = windows.get(address);
        if (window == null || now - window.startedAt >= windowNanos) {
            window = windows.compute(address, (key, old) -> old == null || now - old.startedAt >= windowNanos
                    ? new Window(now, new AtomicInteger()) : old);
        }
        return window.used.incrementAndGet() <= limit;
    }

    /** Seconds until the address may ask again, for the Retry-After header. */
    public long secondsToWait(String address) {
        Window window = windows.get(address);
        long left = window == null ? 0 : windowNanos - (System.nanoTime() - window.startedAt);
        return Math.max(1, (left + 999_999_999) / 1_000_000_000);
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetQuietAddresses() {
        long now = System.nanoTime();
        windows.values().removeIf(window -> now - window.startedAt >= windowNanos);
    }
}
