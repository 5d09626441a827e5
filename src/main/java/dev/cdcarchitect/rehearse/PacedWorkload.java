package dev.cdcarchitect.rehearse;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * {@code --rate N}: inserts rows at N per second, each committed on its own, for a set time, and measures how long
 * each took from its commit to Kafka (Connect's send time, the record timestamp), plus the connector's own lag
 * ({@code MilliSecondsBehindSource}) sampled once a second.
 */
final class PacedWorkload {

    private static final int FIRST_ORDER_ID = 1_000_000;
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    private final Connection admin;
    private final String table;
    private final ChangeEventReader reader;

    PacedWorkload(Connection admin, String table, ChangeEventReader reader) {
        this.admin = admin;
        this.table = table;
        this.reader = reader;
    }

    /** @param sloMillis the design's end-to-end p99 objective (source commit to sink) */
    Check run(int rate, Duration duration, long sloMillis, String connectorMetricsDomain) throws SQLException {
        Map<String, Long> committed = new HashMap<>();
        List<Long> lagSamples = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long nextSample = start;
        int sent = 0;
        try (PreparedStatement ps = admin.prepareStatement("INSERT INTO " + table + " (order_id, line_no, status, amount) VALUES (?, 1, 'paced', 1.00)")) {
            while (System.nanoTime() < end) {
                if (Thread.currentThread().isInterrupted()) throw new RehearsalException("cancelled during the paced workload.");
                long due = (long) ((System.nanoTime() - start) / 1e9 * rate);
                while (sent < due && System.nanoTime() < end) {
                    ps.setLong(1, FIRST_ORDER_ID + sent);
                    ps.executeUpdate();
                    committed.put("order_id=" + (FIRST_ORDER_ID + sent) + ",line_no=1", System.currentTimeMillis());
                    sent++;
                }
                if (System.nanoTime() >= nextSample) {
                    Long lag = lag(connectorMetricsDomain);
                    if (lag != null) lagSamples.add(lag);
                    nextSample += 1_000_000_000L;
                }
                sleepMillis(2);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> latencies = latencies(committed);
        if (latencies.size() < committed.size()) {
            return new Check("latency at " + rate + "/s", false, latencies.size() + " of " + committed.size() + " paced rows reached Kafka within "
                    + DRAIN_TIMEOUT.toSeconds() + " s after the run");
        }
        latencies.sort(null);
        long p50 = percentile(latencies, 0.50);
        long p99 = percentile(latencies, 0.99);
        double achieved = sent / seconds;
        boolean ok = p99 <= sloMillis && achieved >= 0.9 * rate;
        return new Check("latency at " + rate + "/s", ok, String.format(Locale.ROOT,
                "%d rows in %.0f s (%.0f/s%s): commit → Kafka p50 %d ms, p99 %d ms against the design's p99 objective %d ms "
                        + "(source commit → sink; the sinks' own time is not included here)%s", sent, seconds, achieved,
                achieved >= 0.9 * rate ? "" : ", below the asked " + rate + "/s: this machine's database could not go faster", p50, p99,
                sloMillis, lagSamples.isEmpty() ? "" : "; connector lag (MilliSecondsBehindSource) max "
                        + lagSamples.stream().mapToLong(Long::longValue).max().orElse(0) + " ms"));
    }

    private List<Long> latencies(Map<String, Long> committed) {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        Map<String, Long> sentAt = new HashMap<>();
        while (System.nanoTime() < deadline) {
            for (ChangeEvent e : reader.readUntil(reader.seen().size() + 1, Duration.ofMillis(500))) {
                if (e.op().equals("c") && committed.containsKey(e.key())) sentAt.putIfAbsent(e.key(), e.timestamp());
            }
            if (sentAt.size() == committed.size()) break;
        }
        List<Long> out = new ArrayList<>();
        sentAt.forEach((key, at) -> out.add(Math.max(0, at - committed.get(key))));
        return out;
    }

    static long percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /**
     * The connector's streaming lag from its JMX metrics, e.g. {@code debezium.postgres:type=connector-metrics,context=streaming,server=app}
     * (https://debezium.io/documentation/reference/stable/connectors/postgresql.html#postgresql-streaming-metrics); null before it registers.
     */
    private static Long lag(String domain) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Set<ObjectName> names = server.queryNames(new ObjectName(domain + ":type=connector-metrics,context=streaming,*"), null);
            for (ObjectName name : names) {
                Object value = server.getAttribute(name, "MilliSecondsBehindSource");
                if (value instanceof Number n && n.longValue() >= 0) return n.longValue();
            }
            return null;
        } catch (javax.management.JMException e) {
            return null;
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("cancelled during the paced workload.", e);
        }
    }
}
