package dev.cdcarchitect.rehearse;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One KRaft node (broker and controller in one) on free loopback ports, with its log in a temp folder: what
 * {@code kafka-storage.sh format} and {@code kafka-server-start.sh} do, in this JVM. Closing it removes the folder.
 */
public final class InProcessKafka implements AutoCloseable {

    private final Path folder;
    private final int port;
    private KafkaRaftServer server;

    private InProcessKafka(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    public static InProcessKafka start() {
        keepTheProcessAlive();
        Path folder = TempFolder.create("Kafka");
        InProcessKafka kafka = new InProcessKafka(folder, LocalPorts.free());
        try {
            kafka.formatAndStart();
            return kafka;
        } catch (Exception e) {
            // Cancel interrupts the start-up thread; Kafka then fails in its own words, which would hide why.
            boolean cancelled = Thread.currentThread().isInterrupted() || e instanceof InterruptedException;
            kafka.close();
            if (cancelled) throw new RehearsalException("cancelled while the Kafka broker was starting.", e);
            throw e instanceof RehearsalException r ? r : new RehearsalException("the in-process Kafka broker did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Kafka's servers end the whole process (System.exit / halt) on a fatal error; in this JVM that would close the
     * user's window or the CLI without a word. Such an exit becomes an exception with Kafka's reason instead.
     */
    static void keepTheProcessAlive() {
        Exit.setExitProcedure((status, message) -> fatal("stopped", status, message));
        Exit.setHaltProcedure((status, message) -> fatal("halted", status, message));
    }

    /** Ends Kafka's failing thread without printing its stack trace; the start-up that waits on it reports the failure. */
    private static void fatal(String what, int status, String message) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> { });
        throw new RehearsalException("the in-process Kafka " + what + " with a fatal error (status " + status + "): " + message);
    }

    private void formatAndStart() throws Exception {
        int controllerPort = LocalPorts.free();
        String logDir = folder.resolve("log").toString();
        Properties props = new Properties();
        props.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDir),
                // One node: every internal topic has one replica.
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("log.flush.interval.messages", "1000000")));
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir))
                .setMetadataLogDirectory(logDir)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setControllerListenerName("CONTROLLER")
                .run();
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.shutdown();
                server.awaitShutdown();
            }
        } finally {
            TempFolder.delete(folder);
        }
    }
}
