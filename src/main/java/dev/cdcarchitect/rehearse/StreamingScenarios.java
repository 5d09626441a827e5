package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The harder half of the workload, run after the basic one on the same table and topic: an added column, a large
 * transaction, a worker restart with changes made while it is down, and a TRUNCATE. Each is one check with what was
 * seen. The SQL is plain enough for PostgreSQL and MariaDB alike.
 */
final class StreamingScenarios {

    static final int LARGE_TRANSACTION_ROWS = 5_000;
    static final int ROWS_WHILE_DOWN = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    /** Stops the Connect worker, then (after the caller's changes) starts it and puts the connector back. */
    interface Worker {
        void stop();

        void startAndResume();
    }

    /** Puts the connector back on the worker that started again, until it streams. */
    @FunctionalInterface
    interface Resume {
        void resume() throws SQLException;
    }

    /** A rehearsal's worker: {@code stop} and {@code start} it; {@code resume} puts the connector back. */
    static Worker worker(Runnable stop, Runnable start, Resume resume) {
        return new Worker() {
            @Override
            public void stop() {
                stop.run();
            }

            @Override
            public void startAndResume() {
                start.run();
                try {
                    resume.resume();
                } catch (SQLException e) {
                    throw new RehearsalException("the connector did not resume after the restart: " + e.getMessage(), e);
                }
            }
        };
    }

    private final Connection admin;
    private final String table;
    private final ChangeEventReader reader;

    StreamingScenarios(Connection admin, String table, ChangeEventReader reader) {
        this.admin = admin;
        this.table = table;
        this.reader = reader;
    }

    String table() {
        return table;
    }

    ChangeEventReader reader() {
        return reader;
    }

    /** A nullable column added while streaming must appear in the next event without a connector restart. */
    Check addedColumn() throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("ALTER TABLE " + table + " ADD COLUMN note VARCHAR(200)");
            s.execute("INSERT INTO " + table + " (order_id, line_no, status, amount, note) VALUES (4, 1, 'new', 50.00, 'added column')");
        }
        List<ChangeEvent> events = awaitEvents(e -> e.key().equals("order_id=4,line_no=1"), 1);
        String note = events.isEmpty() ? null : events.get(0).after().get("note");
        boolean ok = "added column".equals(note);
        return new Check("added column", ok, ok
                ? "ALTER TABLE ... ADD COLUMN note while streaming: the next insert's event carries note='added column', no restart needed"
                : events.isEmpty() ? "no event for the insert after ALTER TABLE ... ADD COLUMN within " + TIMEOUT.toSeconds() + " s"
                        : "the insert after ADD COLUMN arrived without the new column's value (after = " + events.get(0).after() + ")");
    }

    /** One transaction of many rows must arrive whole (no truncation at the connector's queue or batch sizes). */
    Check largeTransaction() throws SQLException {
        long committed = insertInOneTransaction(100_000, LARGE_TRANSACTION_ROWS);
        List<ChangeEvent> events = awaitEvents(e -> e.op().equals("c") && orderId(e) >= 100_000 && orderId(e) < 100_000 + LARGE_TRANSACTION_ROWS,
                LARGE_TRANSACTION_ROWS);
        long distinct = events.stream().map(ChangeEvent::key).distinct().count();
        boolean ok = distinct == LARGE_TRANSACTION_ROWS;
        // Kafka timestamps are Connect's send times: the reader's own pace does not count.
        long lastSent = events.stream().mapToLong(ChangeEvent::timestamp).max().orElse(committed);
        return new Check("large transaction", ok, distinct + " of " + LARGE_TRANSACTION_ROWS + " rows of one committed transaction arrived"
                + (ok ? String.format(java.util.Locale.ROOT, ", the last sent to Kafka %.2f s after the commit", (lastSent - committed) / 1000.0)
                        : " within " + TIMEOUT.toSeconds() + " s"));
    }

    /**
     * Changes committed while the worker is down must arrive after it comes back, from the stored offsets; the
     * time to resume runs from the new worker's start to the last of those changes.
     */
    Check restart(Worker worker) throws SQLException {
        int before = reader.seen().size();
        worker.stop();
        insertInOneTransaction(200_000, ROWS_WHILE_DOWN);
        long started = System.nanoTime();
        worker.startAndResume();
        List<ChangeEvent> events = awaitEvents(e -> e.op().equals("c") && orderId(e) >= 200_000 && orderId(e) < 200_000 + ROWS_WHILE_DOWN,
                ROWS_WHILE_DOWN);
        double resumed = (System.nanoTime() - started) / 1e9;
        long distinct = events.stream().map(ChangeEvent::key).distinct().count();
        long replayed = replayed(reader.seen().subList(0, before), reader.seen().subList(before, reader.seen().size()));
        boolean ok = distinct == ROWS_WHILE_DOWN;
        return new Check("restart", ok, distinct + " of " + ROWS_WHILE_DOWN + " rows committed while the worker was stopped arrived after it "
                + "restarted from its stored offsets" + (ok ? String.format(java.util.Locale.ROOT, " (%.1f s to resume)", resumed) : "")
                + "; " + replayed + " events delivered again (at-least-once redelivery)");
    }

    /**
     * TRUNCATE is a change of its own: the connector emits an event with op "t" unless {@code skipped.operations}
     * lists "t", which is Debezium's default (https://debezium.io/documentation/reference/stable/connectors/postgresql.html#postgresql-property-skipped-operations).
     * The check holds the connector to what its config says.
     */
    Check truncate(Map<String, String> config) throws SQLException {
        String skipped = config.getOrDefault("skipped.operations", "t");
        boolean emitted = !Set.of(skipped.replace(" ", "").split(",")).contains("t");
        try (Statement s = admin.createStatement()) {
            s.execute("TRUNCATE TABLE " + table);
            // A row after the TRUNCATE: its event proves the connector read past it.
            s.execute("INSERT INTO " + table + " (order_id, line_no, status, amount) VALUES (300000, 1, 'after truncate', 1.00)");
        }
        int before = reader.seen().size();
        List<ChangeEvent> events = awaitEvents(e -> e.key().equals("order_id=300000,line_no=1"), 1);
        boolean truncateEvent = reader.seen().stream().anyMatch(e -> e.op().equals("t"));
        String how = "skipped.operations=" + skipped + (config.containsKey("skipped.operations") ? "" : " (Debezium's default)");
        if (events.isEmpty()) {
            return new Check("truncate", false, "no event after TRUNCATE within " + TIMEOUT.toSeconds() + " s (" + (reader.seen().size() - before) + " read)");
        }
        boolean ok = truncateEvent == emitted;
        return new Check("truncate", ok, (truncateEvent ? "TRUNCATE arrived as an event with op 't'" : "TRUNCATE produced no event")
                + " with " + how + (ok ? (emitted ? "" : ": sinks keep the truncated rows unless the runbook empties them")
                        : ", which is NOT what the config says"));
    }

    private long insertInOneTransaction(int firstOrderId, int rows) throws SQLException {
        boolean autoCommit = admin.getAutoCommit();
        admin.setAutoCommit(false);
        try (PreparedStatement ps = admin.prepareStatement("INSERT INTO " + table + " (order_id, line_no, status, amount) VALUES (?, 1, 'bulk', 1.00)")) {
            for (int i = 0; i < rows; i++) {
                ps.setLong(1, firstOrderId + i);
                ps.addBatch();
            }
            ps.executeBatch();
            admin.commit();
            return System.currentTimeMillis();
        } finally {
            admin.setAutoCommit(autoCommit);
        }
    }

    private List<ChangeEvent> awaitEvents(Predicate<ChangeEvent> wanted, int count) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<ChangeEvent> matching = List.of();
        while (System.nanoTime() < deadline) {
            if (Thread.currentThread().isInterrupted()) throw new RehearsalException("cancelled.");
            matching = reader.readUntil(reader.seen().size() + 1, Duration.ofMillis(500)).stream().filter(wanted).toList();
            if (matching.stream().map(ChangeEvent::key).distinct().count() >= count) return matching;
        }
        return matching;
    }

    private static long replayed(List<ChangeEvent> before, List<ChangeEvent> after) {
        Set<String> earlier = new HashSet<>();
        for (ChangeEvent e : before) earlier.add(e.key() + "/" + e.op() + "/" + e.after());
        return after.stream().filter(e -> earlier.contains(e.key() + "/" + e.op() + "/" + e.after())).count();
    }

    private static long orderId(ChangeEvent e) {
        String key = e.key();
        if (!key.startsWith("order_id=")) return -1;
        int comma = key.indexOf(',');
        return Long.parseLong(key.substring("order_id=".length(), comma < 0 ? key.length() : comma));
    }
}
