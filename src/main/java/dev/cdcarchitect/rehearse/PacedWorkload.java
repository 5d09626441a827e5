package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.rehearse.check.Check;
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
 * ({@code MilliSecondsBehindSource}) sampled once a second. With a relational replica in the design, also how long
 * each took from its commit to its row in the replica: the end-to-end figure the design's latency objective is about.
 */
final class PacedWorkload {

    static final int FIRST_ORDER_ID = 1_000_000;
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    private final Connection admin;
    private final String table;
    private final ChangeEventReader reader;

    PacedWorkload(Connection admin, String table, ChangeEventReader reader) {
        this.admin = admin;
        this.table = table;
        this.reader = reader;
    }

    /**
     * @param sloMillis the design's end-to-end p99 objective (source commit to sink)
     * @param replica   where the rows land in the relational replica, or null when the design has none
     */
    Check run(int rate, Duration duration, long sloMillis, String connectorMetricsDomain, ReplicaArrivals replica) throws SQLException {
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
        double achieved = sent / seconds;
        String throughput = String.format(Locale.ROOT, "%d rows in %.0f s (%.0f/s%s)", sent, seconds, achieved,
                achieved >= 0.9 * rate ? "" : ", below the asked " + rate + "/s: this machine's database could not go faster");
        String lag = lagSamples.isEmpty() ? "" : "; connector lag (MilliSecondsBehindSource) max "
                + lagSamples.stream().mapToLong(Long::longValue).max().orElse(0) + " ms";
        String toKafka = "commit → Kafka " + percentiles(latencies);
        if (replica == null) {
            boolean ok = percentile(sorted(latencies), 0.99) <= sloMillis && achieved >= 0.9 * rate;
            return new Check("latency at " + rate + "/s", ok, throughput + ": " + toKafka + " against the design's p99 objective " + sloMillis
                    + " ms (source commit → sink; the sinks' own time is not included here)" + lag);
        }
        List<Long> toReplica = replicaLatencies(committed, replica);
        if (toReplica.size() < committed.size()) {
            return new Check("latency at " + rate + "/s", false, throughput + ": " + toReplica.size() + " of " + committed.size()
                    + " paced rows reached " + replica.table() + " in the replica within " + DRAIN_TIMEOUT.toSeconds() + " s after the run"
                    + (replica.failure() == null ? "" : " (" + replica.failure() + ")") + "; " + toKafka);
        }
        boolean ok = percentile(sorted(toReplica), 0.99) <= sloMillis && achieved >= 0.9 * rate;
        return new Check("latency at " + rate + "/s", ok, throughput + ": commit → replica row " + percentiles(toReplica)
                + " against the design's p99 objective " + sloMillis + " ms (rows seen by polling " + replica.table() + " every "
                + ReplicaArrivals.POLL.toMillis() + " ms); " + toKafka + lag);
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> out = new ArrayList<>(values);
        out.sort(null);
        return out;
    }

    private static String percentiles(List<Long> latencies) {
        List<Long> s = sorted(latencies);
        return "p50 " + percentile(s, 0.50) + " ms, p99 " + percentile(s, 0.99) + " ms";
    }

    private static List<Long> replicaLatencies(Map<String, Long> committed, ReplicaArrivals replica) {
        Map<Long, Long> committedById = new HashMap<>();
        committed.forEach((key, at) -> committedById.put(Long.parseLong(key.substring("order_id=".length(), key.indexOf(','))), at));
        List<Long> out = new ArrayList<>();
        replica.arrivals(committedById.keySet(), DRAIN_TIMEOUT).forEach((id, at) -> out.add(Math.max(0, at - committedById.get(id))));
        return out;
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
