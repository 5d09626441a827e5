package dev.cdcarchitect.export.configs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.TopologyNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the runnable configuration of a design from its configuration entries and topology: Kafka Connect REST
 * bodies per connector, the topic list, the worker properties and a README on secrets (the Kubernetes manifests are
 * built from these files by export.kubernetes).
 * Secrets stay config-provider references ({@code ${file:...}}, {@code ${env:...}}); nothing secret is a value.
 */
public final class ConfigBundleBuilder {

    /** Settings every topic of the design gets ("every topic uses replication factor 3 and min.insync.replicas 2"). */
    private static final List<String> DURABILITY_KEYS = List.of("min.insync.replicas", "unclean.leader.election.enable");
    private static final List<NodeKind> TOPIC_KINDS = List.of(NodeKind.DATA_TOPIC, NodeKind.HEARTBEAT_TOPIC, NodeKind.TRANSACTION_TOPIC,
            NodeKind.SIGNAL_TOPIC, NodeKind.SCHEMA_HISTORY_TOPIC, NodeKind.DLQ_TOPIC, NodeKind.CONNECT_INTERNAL_TOPIC, NodeKind.OFFSETS_TOPIC);

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ConfigBundle build(DesignResult.Generated design) {
        Placeholders placeholders = new Placeholders();
        Map<String, Map<String, String>> byComponent = new LinkedHashMap<>();
        Map<String, ConfigScope> scopes = new LinkedHashMap<>();
        for (Section section : design.spec().sections()) {
            for (Decision decision : section.decisions()) {
                for (ConfigEntry e : decision.config()) {
                    String id = e.scope() + "|" + e.component();
                    byComponent.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(e.key(), placeholders.resolve(e.key(), e.value()));
                    scopes.putIfAbsent(id, e.scope());
                }
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        if (design.input().requirements().noKafka()) {
            // Nothing runs on Kafka: no worker, topics or connector REST bodies, only the server.
            String properties = DebeziumServerProperties.render(firstOf(byComponent, scopes, ConfigScope.DEBEZIUM_SERVER),
                    firstOf(byComponent, scopes, ConfigScope.SOURCE_CONNECTOR));
            files.put("debezium-server/application.properties", properties);
            files.put("README.md", ServerOnlyReadme.render(design, properties, placeholders));
            return new ConfigBundle(files);
        }
        boolean server = design.input().requirements().debeziumServer();
        List<ConnectorConfig> connectors = connectors(byComponent, scopes, server);
        String serverProperties = null;
        if (server) {
            serverProperties = DebeziumServerProperties.render(firstOf(byComponent, scopes, ConfigScope.DEBEZIUM_SERVER),
                    firstOf(byComponent, scopes, ConfigScope.SOURCE_CONNECTOR));
            files.put("debezium-server/application.properties", serverProperties);
        }
        for (ConnectorConfig c : connectors) files.put("connect/" + c.name() + ".json", write(json, c.restBody()));
        List<TopicConfig> topics = topics(design, byComponent);
        files.put("topics.json", write(json, topics));
        String worker = WorkerProperties.render(firstOf(byComponent, scopes, ConfigScope.WORKER), placeholders);
        files.put("worker.properties", worker);
        files.put("README.md", BundleReadme.render(design, connectors, topics, placeholders, serverProperties));
        return new ConfigBundle(files);
    }

    /** REST bodies for the connectors on Kafka Connect; a source that runs in Debezium Server is not one of them. */
    private static List<ConnectorConfig> connectors(Map<String, Map<String, String>> byComponent, Map<String, ConfigScope> scopes,
                                                    boolean sourceInDebeziumServer) {
        List<ConnectorConfig> out = new ArrayList<>();
        byComponent.forEach((id, settings) -> {
            ConfigScope scope = scopes.get(id);
            boolean onConnect = scope == ConfigScope.SINK_CONNECTOR || scope == ConfigScope.SOURCE_CONNECTOR && !sourceInDebeziumServer;
            if (onConnect && settings.containsKey("connector.class")) {
                out.add(new ConnectorConfig(id.substring(id.indexOf('|') + 1), scope == ConfigScope.SOURCE_CONNECTOR, settings));
            }
        });
        return out;
    }

    private static Map<String, String> firstOf(Map<String, Map<String, String>> byComponent, Map<String, ConfigScope> scopes, ConfigScope scope) {
        Map<String, String> merged = new LinkedHashMap<>();
        byComponent.forEach((id, settings) -> {
            if (scopes.get(id) == scope) merged.putAll(settings);
        });
        return merged;
    }

    /**
     * Every named topic in the topology. Data topics take the "prefix.* (data topics)" settings; every topic takes
     * the durability settings; offsets topics (Connect's own and Debezium Server's) must be compacted.
     */
    private static List<TopicConfig> topics(DesignResult.Generated design, Map<String, Map<String, String>> byComponent) {
        Map<String, String> dataTopics = new LinkedHashMap<>();
        byComponent.forEach((id, settings) -> {
            if (id.startsWith(ConfigScope.TOPIC + "|") && id.endsWith("(data topics)")) dataTopics.putAll(settings);
        });
        int replication = Integer.parseInt(dataTopics.getOrDefault("replication.factor", "3"));
        List<TopicConfig> out = new ArrayList<>();
        for (TopologyNode node : design.topology().nodes()) {
            if (!TOPIC_KINDS.contains(node.kind())) continue;
            Map<String, String> configs = new LinkedHashMap<>();
            for (String key : DURABILITY_KEYS) {
                if (dataTopics.containsKey(key)) configs.put(key, dataTopics.get(key));
            }
            if (node.kind() == NodeKind.DATA_TOPIC) configs.putAll(dataTopics);
            if (node.kind() == NodeKind.CONNECT_INTERNAL_TOPIC || node.kind() == NodeKind.OFFSETS_TOPIC) configs.put("cleanup.policy", "compact");
            configs.putAll(byComponent.getOrDefault(ConfigScope.TOPIC + "|" + node.label(), Map.of()));
            int partitions = Math.max(1, node.partitions());
            int rf = replication;
            if (configs.containsKey("partitions")) partitions = Integer.parseInt(configs.remove("partitions"));
            if (configs.containsKey("replication.factor")) rf = Integer.parseInt(configs.remove("replication.factor"));
            if (configs.containsKey("min.insync.replicas") && Integer.parseInt(configs.get("min.insync.replicas")) >= rf) {
                configs.put("min.insync.replicas", String.valueOf(Math.max(1, rf - 1)));
            }
            out.add(new TopicConfig(node.label(), partitions, rf, configs));
        }
        return out;
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
