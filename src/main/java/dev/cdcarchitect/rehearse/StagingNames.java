package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.RenamedBundle;
import dev.cdcarchitect.export.configs.TopicConfig;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names one rehearsal uses on a shared (staging) Kafka and Connect cluster: every connector, topic and replication
 * slot of the design carries one run id ({@code cdcrehearsal_<yyyyMMddHHmmss>_<4 random>}), so the run never touches
 * what others created and its clean-up can delete by exact name. The run id uses underscores only: it also names a
 * PostgreSQL replication slot (lower-case letters, digits, underscores) and, through the topic, a JDBC sink's table.
 *
 * <p>Topic {@code T} becomes {@code <run>.T}. Debezium derives its own topics from {@code topic.prefix}: the data
 * topics {@code <prefix>.<schema>.<table>}, the transaction topic {@code <prefix>.transaction}, and the heartbeat
 * topic {@code <topic.heartbeat.prefix>.<prefix>} (default prefix {@code __debezium-heartbeat},
 * https://debezium.io/documentation/reference/stable/connectors/postgresql.html#postgresql-property-topic-heartbeat-prefix),
 * so the heartbeat topic becomes {@code __debezium-heartbeat.<run>.<prefix>}. Sinks' {@code topics},
 * {@code topics.regex}, dead letter queues and the signal topic are renamed the same way. The Connect worker's own
 * internal topics are not the run's: the staging cluster has its own, so they are neither renamed nor created.
 */
final class StagingNames {

    static final String RUN_PREFIX = "cdcrehearsal_";
    private static final String HEARTBEAT_DEFAULT = "__debezium-heartbeat";
    private static final int MAX_SLOT_NAME = 63; // PostgreSQL's NAMEDATALEN - 1
    private static final Set<String> TOPIC_KEYS = Set.of("errors.deadletterqueue.topic.name", "signal.kafka.topic",
            "schema.history.internal.kafka.topic");
    private static final Pattern TOPIC_CREATION_REGEX = Pattern.compile("topic\\.creation\\.[^.]+\\.(include|exclude)");

    private final String runId;
    private final String heartbeatPrefix;
    private final Set<String> workerTopics;

    private StagingNames(String runId, String heartbeatPrefix, Set<String> workerTopics) {
        this.runId = runId;
        this.heartbeatPrefix = heartbeatPrefix;
        this.workerTopics = workerTopics;
    }

    /** A new run id for {@code bundle}. */
    static StagingNames forRun(ConfigBundle bundle) {
        return of(newRunId(), bundle);
    }

    static StagingNames of(String runId, ConfigBundle bundle) {
        String heartbeat = ExportedConfigs.connectors(bundle).stream().filter(ConnectorConfig::source).findFirst()
                .map(c -> c.config().getOrDefault("topic.heartbeat.prefix", HEARTBEAT_DEFAULT)).orElse(HEARTBEAT_DEFAULT);
        Map<String, String> worker;
        try {
            worker = ExportedConfigs.worker(bundle);
        } catch (IllegalArgumentException e) {
            throw new RehearsalException(e.getMessage(), e);
        }
        Set<String> internal = Set.of("config.storage.topic", "offset.storage.topic", "status.storage.topic").stream()
                .map(worker::get).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return new StagingNames(runId, heartbeat, internal);
    }

    static String newRunId() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        SecureRandom random = new SecureRandom();
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 4; i++) suffix.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
        return RUN_PREFIX + stamp + "_" + suffix;
    }

    String runId() {
        return runId;
    }

    /** Whether {@code topic} is one of the exported worker's internal topics (not the run's to create). */
    boolean workerTopic(String topic) {
        return workerTopics.contains(topic);
    }

    /** The bundle as the staging cluster runs it: every connector and topic of the run renamed. */
    ConfigBundle apply(ConfigBundle bundle) {
        return RenamedBundle.of(bundle, this::connector, t -> workerTopic(t.name()) ? t
                : new TopicConfig(topic(t.name()), t.partitions(), t.replicationFactor(), t.configs()));
    }

    String topic(String name) {
        if (name.startsWith(heartbeatPrefix + ".")) return heartbeatPrefix + "." + runId + "." + name.substring(heartbeatPrefix.length() + 1);
        return runId + "." + name;
    }

    /** A regular expression over the original names, as one over the renamed names (heartbeat topics aside). */
    String topicRegex(String regex) {
        return Pattern.quote(runId + ".") + "(?:" + regex + ")";
    }

    ConnectorConfig connector(ConnectorConfig c) {
        Map<String, String> config = new LinkedHashMap<>();
        c.config().forEach((key, value) -> config.put(key, setting(key, value)));
        return new ConnectorConfig(runId + "." + c.name(), c.source(), config);
    }

    private String setting(String key, String value) {
        if (key.equals("topic.prefix") || TOPIC_KEYS.contains(key)) return topic(value);
        if (key.equals("topics")) return Arrays.stream(value.split("\\s*,\\s*")).map(this::topic).collect(Collectors.joining(","));
        if (key.equals("topics.regex")) return topicRegex(value);
        if (TOPIC_CREATION_REGEX.matcher(key).matches()) {
            List<String> regexes = new ArrayList<>();
            for (String r : value.split("\\s*,\\s*")) regexes.add(topicRegex(r));
            return String.join(",", regexes);
        }
        if (key.equals("slot.name")) {
            String slot = runId + "_" + value;
            return slot.length() > MAX_SLOT_NAME ? slot.substring(0, MAX_SLOT_NAME) : slot;
        }
        return value;
    }
}
