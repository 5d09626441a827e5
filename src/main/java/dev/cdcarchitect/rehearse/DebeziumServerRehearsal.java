package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.CaptureRuntime;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.TopicConfig;
import dev.cdcarchitect.rehearse.check.Check;
import io.debezium.embedded.async.ConvertingAsyncEngineBuilderFactory;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.format.Json;
import io.debezium.engine.format.JsonByteArray;
import io.debezium.engine.format.SerializationFormat;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Rehearses a Debezium Server design's exported {@code debezium-server/application.properties}: its properties mapped
 * as Debezium Server maps them ({@link DebeziumServerProperties}), run in Debezium's embedded engine (the engine
 * Debezium Server wraps; Debezium Server itself, a Quarkus application, is not on Maven Central in 3.6.1) against a
 * throwaway PostgreSQL set up with the spec's SQL, each change event sent by a Kafka producer configured from
 * {@code debezium.sink.kafka.producer.*} (what Debezium Server's Kafka sink does) to the in-process broker. The
 * checks: the engine streams, every event lands on a topic of {@code topics.json}, and each key sees its events in order.
 */
public final class DebeziumServerRehearsal {

    static final String FILE = "debezium-server/application.properties";
    private static final Duration STREAMING_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EVENTS_TIMEOUT = Duration.ofSeconds(60);

    /** True for a design whose source connector runs on Debezium Server (decision 0008). */
    public static boolean runsOn(DesignResult.Generated design) {
        return design.input().requirements().runtime() == CaptureRuntime.DEBEZIUM_SERVER;
    }

    public RehearsalReport run(DesignResult.Generated design) {
        ConfigBundle bundle = new ConfigBundleBuilder().build(design);
        String file = bundle.files().get(FILE);
        if (file == null) throw new RehearsalException("the design runs no Debezium Server (no " + FILE + " in its export).");
        SpecDatabaseSetup setup = SpecDatabaseSetup.of(design);
        if (setup.capturedTables().isEmpty()) {
            throw new RehearsalException("the spec's SQL has no CREATE PUBLICATION ... FOR TABLE statement, so the rehearsal "
                    + "does not know which tables to create.");
        }
        List<Check> checks = new ArrayList<>();
        String password = Passwords.random();
        long t0 = System.nanoTime();
        try (ThrowawayPostgres pg = ThrowawayPostgres.start(setup.serverSettings()); InProcessKafka kafka = InProcessKafka.start()) {
            Duration startup = Duration.ofNanos(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            DebeziumServerProperties server = DebeziumServerProperties.of(file, pg.port(), kafka.bootstrapServers(), password);
            checks.add(new Check("server config", true, server.engine().size() + " engine properties from debezium.source.*, "
                    + "debezium.format.* and debezium.sink.kafka.*; " + server.producer().size() + " producer properties from "
                    + "debezium.sink.kafka.producer.* (run in the embedded engine Debezium Server wraps, not in Debezium Server)"));
            rehearse(bundle, setup, pg, kafka, server, password, checks);
            return new RehearsalReport(checks, server.substitutions(), startup, Duration.ofNanos(System.nanoTime() - t1));
        }
    }

    private static void rehearse(ConfigBundle bundle, SpecDatabaseSetup setup, ThrowawayPostgres pg, InProcessKafka kafka,
                                 DebeziumServerProperties server, String password, List<Check> checks) {
        String table = setup.capturedTables().get(0);
        String dbName = server.engine().getOrDefault("database.dbname", "postgres");
        Set<String> destinations = new ConcurrentSkipListSet<>();
        AtomicReference<String> engineError = new AtomicReference<>();
        try (Connection admin = prepareDatabase(pg, dbName, setup, password, checks)) {
            if (admin == null) return;
            Check topics = DesignTopics.create(bundle, kafka.bootstrapServers());
            checks.add(topics);
            if (!topics.passed()) return;
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try (KafkaProducer<Object, Object> producer = new KafkaProducer<>(new LinkedHashMap<String, Object>(server.producer()));
                 DebeziumEngine<io.debezium.engine.ChangeEvent<Object, Object>> engine = engine(server, producer, destinations, engineError)) {
                executor.execute(engine);
                if (!streaming(admin, server, engineError, checks)) return;
                ExampleWorkload.run(admin, table);
                String topic = server.engine().get("topic.prefix") + "." + table;
                try (ChangeEventReader reader = new ChangeEventReader(kafka.bootstrapServers(), topic)) {
                    checkEvents(bundle, topic, destinations, reader.readUntil(expectedCount(), EVENTS_TIMEOUT), checks);
                }
                HeartbeatCheck.run(admin, server.engine()).ifPresent(checks::add);
            } finally {
                executor.shutdownNow();
            }
        } catch (SQLException e) {
            checks.add(new Check("workload", false, "the example workload failed: " + e.getMessage()));
        } catch (java.io.IOException e) {
            checks.add(new Check("engine", false, "the embedded engine did not stop cleanly: " + e.getMessage()));
        }
    }

    /** The spec's database, example tables, rows and setup statements; null (and a failed check) when a statement fails. */
    private static Connection prepareDatabase(ThrowawayPostgres pg, String dbName, SpecDatabaseSetup setup, String password,
                                              List<Check> checks) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", pg.superuserPassword());
             Statement s = c.createStatement()) {
            if (!"postgres".equals(dbName)) s.execute("CREATE DATABASE \"" + dbName + "\"");
        }
        Connection admin = DriverManager.getConnection(pg.jdbcUrl(dbName), "postgres", pg.superuserPassword());
        ExampleWorkload.createTables(admin, setup.capturedTables());
        ExampleWorkload.snapshotRows(admin, setup.capturedTables().get(0));
        Check applied = setup.apply(admin, password);
        checks.add(applied);
        if (!applied.passed()) {
            admin.close();
            return null;
        }
        return admin;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static DebeziumEngine<io.debezium.engine.ChangeEvent<Object, Object>> engine(DebeziumServerProperties server, KafkaProducer<Object, Object> producer,
                                                                     Set<String> destinations, AtomicReference<String> engineError) {
        Properties props = new Properties();
        props.putAll(server.engine());
        Class keyFormat = format("debezium.format.key", server.keyFormat());
        Class valueFormat = format("debezium.format.value", server.valueFormat());
        return (DebeziumEngine<io.debezium.engine.ChangeEvent<Object, Object>>) (DebeziumEngine) DebeziumEngine
                .create(keyFormat, valueFormat, Json.class, ConvertingAsyncEngineBuilderFactory.class.getName())
                .using(props)
                .using((DebeziumEngine.CompletionCallback) (success, message, error) -> {
                    if (!success) engineError.set(message + (error == null ? "" : ": " + ConnectorFailures.cause(rootMessage(error))));
                })
                .notifying((DebeziumEngine.ChangeConsumer<io.debezium.engine.ChangeEvent<Object, Object>>) (records, committer) -> {
                    // As Debezium Server's Kafka sink: each event to its destination topic, acknowledged before it is committed.
                    for (io.debezium.engine.ChangeEvent<Object, Object> r : records) {
                        try {
                            producer.send(new ProducerRecord<>(r.destination(), r.partition(), r.key(), r.value())).get();
                        } catch (ExecutionException e) {
                            throw new RehearsalException("the Kafka producer of debezium.sink.kafka.producer.* could not send to "
                                    + r.destination() + ": " + e.getCause().getMessage(), e.getCause());
                        }
                        destinations.add(r.destination());
                        committer.markProcessed(r);
                    }
                    committer.markBatchFinished();
                })
                .build();
    }

    private static Class<? extends SerializationFormat<?>> format(String key, String name) {
        return switch (name) {
            case "json" -> Json.class;
            case "jsonbytearray" -> JsonByteArray.class;
            default -> throw new RehearsalException(key + "=" + name + " is a format the rehearsal cannot read back; it reads json and jsonbytearray.");
        };
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getName() + ": " + t.getMessage();
    }

    /** Streaming when the spec's replication slot is active; an engine that stops first reports why. */
    private static boolean streaming(Connection admin, DebeziumServerProperties server, AtomicReference<String> engineError,
                                     List<Check> checks) throws SQLException {
        String slot = server.engine().getOrDefault("slot.name", "debezium");
        long deadline = System.nanoTime() + STREAMING_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (engineError.get() != null) {
                checks.add(new Check("engine", false, "the embedded engine stopped: " + engineError.get()));
                return false;
            }
            try (var ps = admin.prepareStatement("SELECT active FROM pg_replication_slots WHERE slot_name = ?")) {
                ps.setString(1, slot);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        checks.add(new Check("engine", true, "the embedded engine streams with the exported source properties, "
                                + "replication slot " + slot + " active; offsets in " + server.engine().get("offset.storage")));
                        return true;
                    }
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RehearsalException("interrupted while waiting for the engine.", e);
            }
        }
        checks.add(new Check("engine", false, "the embedded engine did not start streaming within " + STREAMING_TIMEOUT.toSeconds()
                + " s (slot " + slot + " not active)"));
        return false;
    }

    /** The workload's events without snapshot reads: the designs capture with snapshot.mode=no_data, the rows before are not sent. */
    private static Map<String, List<String>> expected() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        ExampleWorkload.expected("r").forEach((key, ops) -> {
            List<String> changes = ops.stream().filter(op -> !op.equals("r")).toList();
            if (!changes.isEmpty()) out.put(key, changes);
        });
        return out;
    }

    private static int expectedCount() {
        return expected().values().stream().mapToInt(List::size).sum();
    }

    private static void checkEvents(ConfigBundle bundle, String topic, Set<String> destinations, List<ChangeEvent> events,
                                    List<Check> checks) {
        Set<String> designed = ExportedConfigs.topics(bundle).stream().map(TopicConfig::name).collect(Collectors.toSet());
        Set<String> undesigned = new TreeSet<>(destinations);
        undesigned.removeAll(designed);
        checks.add(new Check("topics used", undesigned.isEmpty() && destinations.contains(topic), "the engine sent to "
                + destinations + (undesigned.isEmpty() ? ", all topics of topics.json" : "; NOT in topics.json: " + undesigned)));
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (ChangeEvent e : events) actual.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.op());
        List<String> wrong = new ArrayList<>();
        expected().forEach((key, ops) -> {
            if (!ops.equals(actual.getOrDefault(key, List.of()))) wrong.add(key + " expected " + ops + " got " + actual.getOrDefault(key, List.of()));
        });
        checks.add(new Check("order per key", wrong.isEmpty(), wrong.isEmpty()
                ? events.size() + " events on " + topic + ": each key saw insert, update, delete (with tombstone), primary-key update in order"
                : String.join("; ", wrong)));
    }
}
