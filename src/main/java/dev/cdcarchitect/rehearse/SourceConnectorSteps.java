package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.rehearse.check.Check;
import dev.cdcarchitect.rehearse.contract.SinkContracts;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.Snippet;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.TopicConfig;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;

/**
 * The steps of a source rehearsal that do not depend on the database engine: the design's topics, the exported
 * connector until it streams, the snapshot rows, and the checks on the change events. Each step adds its check.
 */
final class SourceConnectorSteps {

    /** Worker settings the connector config depends on ({@code producer.override.*}, {@code topic.creation.*}). */
    static final Set<String> WORKER_KEYS = Set.of("connector.client.config.override.policy", "topic.creation.enable");
    private static final Duration STREAMING_TIMEOUT = Duration.ofSeconds(60);
    static final Duration EVENTS_TIMEOUT = Duration.ofSeconds(60);

    /** Whether the database shows the connector reading its log (an active replication slot, a binlog dump thread). */
    @FunctionalInterface
    interface StreamingProbe {
        boolean streaming() throws SQLException;
    }

    private final DesignResult.Generated design;
    private final ConfigBundle bundle;
    private final ConnectorConfig source;
    private final String bootstrapServers;
    private final ConnectWorker connect;
    private final CheckSink checks;

    /** Where each check goes: a list, or the rehearsal's progress-reporting list. */
    @FunctionalInterface
    interface CheckSink {
        void add(Check check);
    }

    SourceConnectorSteps(DesignResult.Generated design, ConfigBundle bundle, ConnectorConfig source, String bootstrapServers,
                         ConnectWorker connect, CheckSink checks) {
        this.design = design;
        this.bundle = bundle;
        this.source = source;
        this.bootstrapServers = bootstrapServers;
        this.connect = connect;
        this.checks = checks;
    }

    static Map<String, String> workerSettings(ConfigBundle bundle) {
        Properties exported = new Properties();
        try {
            exported.load(new StringReader(bundle.files().getOrDefault("worker.properties", "")));
        } catch (IOException e) {
            throw new RehearsalException("the exported worker.properties cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : WORKER_KEYS) {
            if (exported.containsKey(key)) out.put(key, exported.getProperty(key));
        }
        return out;
    }

    /** The topics of topics.json on the local broker; false (with the failed check) when the broker refused one. */
    boolean createTopics() {
        Check topics = DesignTopics.create(bundle, bootstrapServers);
        checks.add(topics);
        return topics.passed();
    }

    /**
     * The connector is streaming when its task runs and the database shows it reading the log.
     *
     * @param streaming what the probe sees, e.g. "replication slot debezium active"
     * @param setupHint what to check when it fails, e.g. "its role, grants and publication"
     */
    boolean startConnector(Map<String, String> config, StreamingProbe probe, String streaming, String setupHint) throws SQLException {
        try {
            connect.putConnector(source.name(), config);
        } catch (ConnectorRejected e) {
            checks.add(new Check("source connector", false, "Kafka Connect rejected the exported config: " + e.describe("connect/" + source.name() + ".json")));
            return false;
        } catch (RehearsalException e) {
            checks.add(new Check("source connector", false, e.getMessage()));
            return false;
        }
        long deadline = System.nanoTime() + STREAMING_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ConnectorStateInfo status = statusOrNull();
            if (status == null) {
                pause();
                continue;
            }
            String failure = ConnectorFailures.of(status);
            if (failure != null) {
                checks.add(new Check("source connector", false, source.name() + " failed: " + failure
                        + " (the database was set up with the spec's own statements: check " + setupHint + ")"));
                return false;
            }
            if (probe.streaming() && status.tasks().stream().allMatch(t -> "RUNNING".equals(t.state()))) {
                checks.add(new Check("source connector", true, source.name() + " RUNNING with the exported config, "
                        + streaming));
                return true;
            }
            pause();
        }
        checks.add(new Check("source connector", false, source.name() + " did not start streaming within "
                + STREAMING_TIMEOUT.toSeconds() + " s (not " + streaming + "); status: " + summary(statusOrNull())));
        return false;
    }

    /**
     * The rows present before the connector started: an initial snapshot sends them as "r"; a design that skips
     * the data snapshot (no_data) reads them with the spec's own incremental-snapshot signal.
     */
    String snapshot(Connection admin, Map<String, String> config, ChangeEventReader reader) throws SQLException {
        String mode = config.getOrDefault("snapshot.mode", "initial");
        String how = "initial snapshot";
        if (mode.equals("no_data") || mode.equals("never")) {
            String signal = specSnippet("execute-snapshot");
            if (signal == null) {
                checks.add(new Check("snapshot rows", false, "snapshot.mode=" + mode + " and the spec has no incremental-snapshot "
                        + "signal, so rows present before the connector started never reach Kafka"));
                return null;
            }
            try (Statement s = admin.createStatement()) {
                s.execute(signal);
            }
            how = "the spec's incremental-snapshot signal (snapshot.mode=" + mode + ")";
        }
        List<ChangeEvent> events = reader.readUntil(ExampleWorkload.SNAPSHOT_ROWS, EVENTS_TIMEOUT);
        long reads = events.stream().filter(e -> e.op().equals("r")).count();
        boolean ok = reads == ExampleWorkload.SNAPSHOT_ROWS;
        checks.add(new Check("snapshot rows", ok, reads + " of " + ExampleWorkload.SNAPSHOT_ROWS + " existing rows arrived as 'r' through " + how));
        return ok ? "r" : null;
    }

    /**
     * The snapshot rows, then the example workload on {@code table}, then the checks on the table's topic and every
     * sink's contract on the records the connector produced.
     */
    void workloadAndEvents(Connection admin, Map<String, String> config, String table) throws SQLException {
        workloadAndEvents(admin, config, table, reader -> {});
    }

    /** What runs on the same topic after the example workload's checks, before the sink contracts (the scenarios). */
    @FunctionalInterface
    interface MoreEvents {
        void run(ChangeEventReader reader) throws SQLException;
    }

    /** As {@link #workloadAndEvents(Connection, Map, String)}, with {@code more} before the sink contracts see the records. */
    void workloadAndEvents(Connection admin, Map<String, String> config, String table, MoreEvents more) throws SQLException {
        String topic = config.get("topic.prefix") + "." + table;
        try (ChangeEventReader reader = new ChangeEventReader(bootstrapServers, topic)) {
            String snapshotOp = snapshot(admin, config, reader);
            if (snapshotOp == null) return;
            ExampleWorkload.run(admin, table);
            checkEvents(topic, snapshotOp, reader.readUntil(ExampleWorkload.expectedCount(), EVENTS_TIMEOUT));
            more.run(reader);
            sinkContracts(topic, reader);
        }
    }

    void sinkContracts(String topic, ChangeEventReader reader) {
        SinkContracts.check(bundle, Map.of(topic, reader.raw()), design.input().targets().stream().map(Target::kind).toList())
                .forEach(checks::add);
    }

    void checkEvents(String topic, String snapshotOp, List<ChangeEvent> events) {
        Set<String> designed = ExportedConfigs.topics(bundle).stream().map(TopicConfig::name).collect(Collectors.toSet());
        checks.add(new Check("topic", designed.contains(topic), events.size() + " events on " + topic
                + (designed.contains(topic) ? ", a topic of the design" : ", which is NOT in topics.json")));
        Map<String, List<String>> expected = ExampleWorkload.expected(snapshotOp);
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (ChangeEvent e : events) actual.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.op());
        List<String> wrong = new ArrayList<>();
        expected.forEach((key, ops) -> {
            if (!ops.equals(actual.getOrDefault(key, List.of()))) wrong.add(key + " expected " + ops + " got " + actual.getOrDefault(key, List.of()));
        });
        checks.add(new Check("order per key", wrong.isEmpty(), wrong.isEmpty()
                ? expected.size() + " keys (composite primary key) each saw their events in order: insert, update, delete, primary-key update"
                : String.join("; ", wrong)));
        long deletes = events.stream().filter(e -> e.op().equals("d")).count();
        long followed = 0;
        for (List<String> ops : actual.values()) {
            for (int i = 0; i < ops.size() - 1; i++) {
                if (ops.get(i).equals("d") && ops.get(i + 1).equals(ChangeEvent.TOMBSTONE)) followed++;
            }
        }
        checks.add(new Check("tombstones", deletes > 0 && followed == deletes, followed + " of " + deletes
                + " deletes followed by a tombstone on the same key (log compaction removes the key)"));
    }

    private String specSnippet(String marker) {
        for (Section section : design.spec().sections()) {
            for (Decision d : section.decisions()) {
                for (Snippet s : d.snippets()) {
                    if ("sql".equals(s.language()) && s.code().contains(marker)) return s.code().replaceAll("(?m)--.*$", "").strip();
                }
            }
        }
        return null;
    }

    /** A distributed worker knows a connector only once it has read its config topic back. */
    private ConnectorStateInfo statusOrNull() {
        try {
            return connect.status(source.name());
        } catch (RuntimeException notYetKnown) {
            return null;
        }
    }

    private static String summary(ConnectorStateInfo status) {
        if (status == null) return "not known to the worker yet";
        return "connector " + status.connector().state() + ", tasks "
                + status.tasks().stream().map(ConnectorStateInfo.TaskState::state).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("interrupted while waiting for the connector.", e);
        }
    }
}
