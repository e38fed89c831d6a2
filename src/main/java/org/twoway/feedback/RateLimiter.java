package org.twoway.feedback;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.twoway.system.Tokens;

/**
 * Counts requests per client address in fixed windows ({@code twoway.feedback.rate-limit.*}), together with every
 * other node of the app. A request is counted in memory, cheap enough for thousands a second; every
 * {@code share-every} the node adds what it counted to the address's row of {@code feedback_rate_window} and reads
 * back the total of all nodes. An address is refused once that total and what this node counted since pass the
 * limit. So the limit is shared approximately: what the other nodes counted within the last share interval is not
 * seen yet, and all nodes together may let an address through that much beyond the limit. Windows start at
 * multiples of the window's length since the epoch, the same on every node; an address is kept by its SHA-256, and
 * forgotten, in memory and in the table, once its window has ended. When the database cannot be reached, each
 * node limits by its own counts until it can.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final int READ_AT_ONCE = 500;

    private static final class Window {
        final long start;
        final AtomicInteger unshared = new AtomicInteger();
        /** The total of every node as last read back, with what this node has added since. */
        volatile int shared;

        Window(long start) {
            this.start = start;
        }
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AgroalDataSource dataSource;
    private final boolean enabled;
    private final int limit;
    private final long windowMillis;
    private long rowsClearedBefore;

    RateLimiter(FeedbackConfig config, AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        this.enabled = config.rateLimit().enabled();
        this.limit = config.rateLimit().requests();
        this.windowMillis = config.rateLimit().window().toMillis();
    }

    /** Counts a request from the address; false once the address has used up its window. */
    public boolean allow(String address) {
        if (!enabled) {
            return true;
        }
        long start = windowStart(System.currentTimeMillis());
        String hash = Tokens.sha256(address);
        Window window = windows.get(hash);
        if (window == null || window.start < start) {
            window = windows.compute(hash, (key, old) -> old != null && old.start >= start ? old : new Window(start));
        }
        return window.shared + window.unshared.incrementAndGet() <= limit;
    }

    /** Seconds until the address may ask again, for the Retry-After header. */
    public long secondsToWait(String address) {
        long now = System.currentTimeMillis();
        long left = windowStart(now) + windowMillis - now;
        return Math.max(1, (left + 999) / 1000);
    }

    /**
     * Adds what this node counted in the current windows to their rows, reads back every node's totals, and
     * deletes the rows of windows that have ended. A count is taken off this node's unshared ones only once its row
     * has it, so a share that fails loses no count.
     */
    @Scheduled(every = "{twoway.feedback.rate-limit.share-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void share() {
        if (!enabled) {
            return;
        }
        long start = windowStart(System.currentTimeMillis());
        windows.values().removeIf(window -> window.start < start);
        Map<String, Window> current = new HashMap<>();
        windows.forEach((hash, window) -> {
            if (window.start == start) {
                current.put(hash, window);
            }
        });
        if (current.isEmpty() && rowsClearedBefore == start) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            add(connection, start, current);
            readBack(connection, start, current);
            if (rowsClearedBefore < start) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM feedback_rate_window WHERE window_start_ms < ?")) {
                    delete.setLong(1, start);
                    delete.executeUpdate();
                }
                rowsClearedBefore = start;
            }
        } catch (SQLException e) {
            LOG.warnf("Could not share the customer pages' request counts with the other nodes, trying again in a moment: %s",
                    e.getMessage());
        }
    }

    private static void add(Connection connection, long start, Map<String, Window> current) throws SQLException {
        Map<Window, Integer> added = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feedback_rate_window"
                + " (window_start_ms, address_hash, used) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE used = used + ?")) {
            for (Map.Entry<String, Window> entry : current.entrySet()) {
                int count = entry.getValue().unshared.get();
                if (count > 0) {
                    insert.setLong(1, start);
                    insert.setString(2, entry.getKey());
                    insert.setInt(3, count);
                    insert.setInt(4, count);
                    insert.addBatch();
                    added.put(entry.getValue(), count);
                }
            }
            if (added.isEmpty()) {
                return;
            }
            insert.executeBatch();
        }
        added.forEach((window, count) -> {
            window.shared += count;
            window.unshared.addAndGet(-count);
        });
    }

    private static void readBack(Connection connection, long start, Map<String, Window> current) throws SQLException {
        List<String> hashes = List.copyOf(current.keySet());
        for (int from = 0; from < hashes.size(); from += READ_AT_ONCE) {
            List<String> some = hashes.subList(from, Math.min(hashes.size(), from + READ_AT_ONCE));
            try (PreparedStatement select = connection.prepareStatement("SELECT address_hash, used FROM feedback_rate_window"
                    + " WHERE window_start_ms = ? AND address_hash IN (" + String.join(", ", Collections.nCopies(some.size(), "?")) + ")")) {
                select.setLong(1, start);
                for (int i = 0; i < some.size(); i++) {
                    select.setString(i + 2, some.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        current.get(rows.getString(1)).shared = rows.getInt(2);
                    }
                }
            }
        }
    }

    private long windowStart(long now) {
        return now - Math.floorMod(now, windowMillis);
    }
}
