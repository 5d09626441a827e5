package dev.cdcarchitect.rehearse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * When each paced row first appears in the relational replica: the end of "commit at the source → row in the
 * target". A background thread reads the replica table every {@link #POLL} and notes the time a new key is first
 * seen, so a row's arrival is known to within one poll (plus the query's own time).
 */
final class ReplicaArrivals implements AutoCloseable {

    static final Duration POLL = Duration.ofMillis(25);

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String table;
    private final long firstOrderId;
    private final Map<Long, Long> seenAt = new HashMap<>();
    private final Thread poller;
    private volatile boolean stop;
    private volatile String failure;

    /** @param table the replica's qualified table, e.g. {@code public.app_public_orders}; paced rows have order_id ≥ firstOrderId */
    ReplicaArrivals(String jdbcUrl, String user, String password, String table, long firstOrderId) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.table = table;
        this.firstOrderId = firstOrderId;
        this.poller = new Thread(this::pollUntilStopped, "replica-arrivals");
        poller.setDaemon(true);
        poller.start();
    }

    String table() {
        return table;
    }

    /** Waits until every key arrived or the timeout passed; the first-seen time (epoch ms) per arrived order_id. */
    Map<Long, Long> arrivals(Set<Long> orderIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && failure == null) {
            synchronized (seenAt) {
                if (seenAt.keySet().containsAll(orderIds)) break;
            }
            sleep();
        }
        synchronized (seenAt) {
            Map<Long, Long> out = new HashMap<>(seenAt);
            out.keySet().retainAll(orderIds);
            return out;
        }
    }

    /** Why the replica could not be read (e.g. the sink never created the table), or null. */
    String failure() {
        return failure;
    }

    private void pollUntilStopped() {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement ps = c.prepareStatement("SELECT order_id FROM " + table + " WHERE order_id >= ?")) {
            long below = firstOrderId; // every key under it was seen: only the tail is read again
            while (!stop) {
                ps.setLong(1, below);
                long now = System.currentTimeMillis();
                try (ResultSet rs = ps.executeQuery()) {
                    synchronized (seenAt) {
                        while (rs.next()) seenAt.putIfAbsent(rs.getLong(1), now);
                        while (seenAt.containsKey(below)) below++;
                    }
                }
                sleep();
            }
        } catch (SQLException e) {
            failure = "reading " + table + " in the replica failed: " + e.getMessage();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop = true;
        poller.interrupt();
    }
}
