package dev.cdcarchitect.topology;

import static dev.cdcarchitect.topology.SpecLinks.decisionsWith;
import static dev.cdcarchitect.topology.SpecLinks.hasDecision;
import static dev.cdcarchitect.topology.SpecLinks.ids;
import static dev.cdcarchitect.topology.SpecLinks.node;
import static dev.cdcarchitect.topology.SpecLinks.settings;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.PipelineNames;
import dev.cdcarchitect.domain.Sizing;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.rules.base.FanOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the pipeline graph from the design itself (input, sizing, decisions), never from prose, so the
 * rule engine and an LLM answer get the same diagram. Many tables collapse into one aggregated node.
 */
public final class TopologyBuilder {

    private static final Set<TargetKind> STREAM_JOBS = Set.of(TargetKind.DELTA_LAKE, TargetKind.DATABRICKS, TargetKind.REDIS);

    public Topology build(DesignInput input, DesignSpec spec) {
        if (input.requirements().noKafka()) return NativeTopology.build(input, spec);
        SourceEngine engine = input.source().engine();
        PipelineNames names = PipelineNames.of(engine);
        Sizing sizing = spec.sizing();
        List<TopologyNode> nodes = new ArrayList<>();
        List<TopologyEdge> edges = new ArrayList<>();
        boolean cassandra = engine == SourceEngine.CASSANDRA;

        nodes.add(node("source", NodeKind.SOURCE_DATABASE, input.source().engine().displayName() + " " + input.source().version()
                + " (" + input.source().hosting().displayName() + ")", 0, input.source().nodeCount(), 1,
                settings(spec, ConfigScope.DATABASE, null), decisionsWith(spec, ConfigScope.DATABASE, null, engine.slug() + ".", "pg.")));
        nodes.add(node("connect", NodeKind.CONNECT_CLUSTER, "Kafka Connect (" + names.connectGroup() + ")", 0, sizing.connectWorkers(), 1,
                settings(spec, ConfigScope.WORKER, null), decisionsWith(spec, ConfigScope.WORKER, null, "connect.", "security.")));
        nodes.add(node("source-connector", NodeKind.SOURCE_CONNECTOR, names.sourceConnector(), 0,
                cassandra ? input.source().nodeCount() : 1, 1, settings(spec, ConfigScope.SOURCE_CONNECTOR, names.sourceConnector()),
                decisionsWith(spec, ConfigScope.SOURCE_CONNECTOR, names.sourceConnector(), "engine.", "snapshot.")));
        nodes.add(node("schema-registry", NodeKind.SCHEMA_REGISTRY, "Schema registry", 0, 0, 1, List.of(),
                decisionsWith(spec, ConfigScope.SCHEMA_REGISTRY, null, "schema.registry", "schema.compatibility")));
        edges.add(new TopologyEdge("source", "source-connector", EdgeKind.READS_LOG, engine.logName()));
        if (input.requirements().debeziumServer()) {
            nodes.add(node("debezium-server", NodeKind.DEBEZIUM_SERVER, "Debezium Server (" + names.sourceConnector() + ")", 0, 1, 1,
                    settings(spec, ConfigScope.DEBEZIUM_SERVER, null), ids(spec, "engine.debezium-server")));
            edges.add(new TopologyEdge("source-connector", "debezium-server", EdgeKind.RUNS_ON, "1 task"));
            addTopic(nodes, edges, spec, "topic-server-offsets", NodeKind.OFFSETS_TOPIC, names.serverOffsetsTopic(), 1,
                    "debezium-server", true);
        } else if (!cassandra) {
            edges.add(new TopologyEdge("source-connector", "connect", EdgeKind.RUNS_ON, "1 task"));
        }
        edges.add(new TopologyEdge("source-connector", "schema-registry", EdgeKind.REGISTERS_SCHEMA, "registers"));

        List<String> topicDecisions = ids(spec, "kafka.partition-key", "kafka.partition-count", "kafka.topic-durability", "kafka.topic-retention");
        List<String> dataTopics = DataTopicNodes.add(nodes, edges, input, sizing, topicDecisions);
        if (!cassandra) {
            addTopic(nodes, edges, spec, "topic-heartbeat", NodeKind.HEARTBEAT_TOPIC, names.heartbeatTopic(), 1, "source-connector", true);
            addTopic(nodes, edges, spec, "topic-transaction", NodeKind.TRANSACTION_TOPIC, names.transactionTopic(), 1, "source-connector", true);
            addTopic(nodes, edges, spec, "topic-signal", NodeKind.SIGNAL_TOPIC, names.signalTopic(), 1, "source-connector", false);
            if (hasDecision(spec, "schema.history-topic")) {
                addTopic(nodes, edges, spec, "topic-schema-history", NodeKind.SCHEMA_HISTORY_TOPIC, names.schemaHistoryTopic(), 1,
                        "source-connector", true);
            }
        }
        // The Connect cluster keeps its own state even when only sinks run on it (Cassandra's source is an agent).
        addTopic(nodes, edges, spec, "topic-offsets", NodeKind.CONNECT_INTERNAL_TOPIC, names.offsetsTopic(), 25, "connect", true);
        addTopic(nodes, edges, spec, "topic-configs", NodeKind.CONNECT_INTERNAL_TOPIC, names.configsTopic(), 1, "connect", true);
        addTopic(nodes, edges, spec, "topic-status", NodeKind.CONNECT_INTERNAL_TOPIC, names.statusTopic(), 5, "connect", true);

        for (Target target : input.targets()) {
            addSink(nodes, edges, spec, names, sizing, target, dataTopics);
        }
        int applications = FanOut.applications(input.requirements());
        if (applications > 0) {
            nodes.add(node("group-apps", NodeKind.CONSUMER_GROUP, applications == 1 ? "1 consumer application (own group)"
                    : applications + " consumer applications (own group each)", 0, sizing.sinkTasksPerConnector(), applications,
                    List.of(), ids(spec, "consumers.groups", "delivery.downstream-exactly-once", "consumers.backpressure")));
            for (String topic : dataTopics) edges.add(new TopologyEdge(topic, "group-apps", EdgeKind.CONSUMES, "consumes"));
        }
        return new Topology(nodes, edges);
    }

    private void addSink(List<TopologyNode> nodes, List<TopologyEdge> edges, DesignSpec spec, PipelineNames names, Sizing sizing,
                         Target target, List<String> dataTopics) {
        String slug = names.sinkConnector(target);
        String sinkDecision = "sink." + target.kind().slug();
        List<String> decisions = ids(spec, sinkDecision, "consumers.groups", "consumers.backpressure");
        boolean streamJob = STREAM_JOBS.contains(target.kind());
        String groupId = "group-" + slug;
        String groupLabel = streamJob ? slug.replace("-sink", "-job") : names.sinkGroup(target);
        nodes.add(node(groupId, NodeKind.CONSUMER_GROUP, groupLabel, 0, sizing.sinkTasksPerConnector(), 1, List.of(), decisions));
        for (String topic : dataTopics) edges.add(new TopologyEdge(topic, groupId, EdgeKind.CONSUMES, "consumes"));
        String writer = groupId;
        if (!streamJob) {
            String sinkId = "sink-" + slug;
            nodes.add(node(sinkId, NodeKind.SINK_CONNECTOR, slug, 0, sizing.sinkTasksPerConnector(), 1,
                    settings(spec, ConfigScope.SINK_CONNECTOR, slug), decisions));
            edges.add(new TopologyEdge(groupId, sinkId, EdgeKind.CONSUMES, sizing.sinkTasksPerConnector() + " tasks"));
            edges.add(new TopologyEdge(sinkId, "connect", EdgeKind.RUNS_ON, "runs on"));
            String dlqId = "dlq-" + slug;
            nodes.add(node(dlqId, NodeKind.DLQ_TOPIC, names.dlqTopic(target), 1, 0, 1, List.of(),
                    ids(spec, "errors.poison-pills", sinkDecision)));
            edges.add(new TopologyEdge(sinkId, dlqId, EdgeKind.DEAD_LETTERS, "failed records"));
            writer = sinkId;
        }
        String targetId = "target-" + slug;
        nodes.add(node(targetId, NodeKind.TARGET, target.label(), 0, 0, 1, List.of(), ids(spec, sinkDecision)));
        edges.add(new TopologyEdge(writer, targetId, EdgeKind.WRITES, "writes"));
    }

    private static void addTopic(List<TopologyNode> nodes, List<TopologyEdge> edges, DesignSpec spec, String id, NodeKind kind,
                                 String name, int partitions, String producer, boolean produced) {
        nodes.add(node(id, kind, name, partitions, 0, 1, settings(spec, ConfigScope.TOPIC, name), decisionsWith(spec, ConfigScope.TOPIC, name)));
        edges.add(produced ? new TopologyEdge(producer, id, EdgeKind.PRODUCES, "writes")
                : new TopologyEdge(id, producer, EdgeKind.CONSUMES, "signals"));
    }
}
