package dev.cdcarchitect.topology;

import static dev.cdcarchitect.topology.SpecLinks.decisionsWith;
import static dev.cdcarchitect.topology.SpecLinks.ids;
import static dev.cdcarchitect.topology.SpecLinks.node;
import static dev.cdcarchitect.topology.SpecLinks.settings;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.PipelineNames;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline graph when Kafka is ruled out: source, connector in Debezium Server, its offset store, the native
 * destination(s) and the targets reading them. No Connect cluster, topics, registry, consumer groups or sink connectors.
 */
final class NativeTopology {

    private NativeTopology() {}

    /**
     * The hot table the sizing sized the destination for: the largest stated share of the writes, else the first table
     * named hot without a size (as the sizing's HotTables reads them); empty when none was named.
     */
    private static Optional<String> busiestHotTable(DesignInput input) {
        List<NamedObject> hot = input.facts().objects(ObjectKind.TABLE, ObjectRole.HOT);
        Optional<NamedObject> stated = hot.stream().filter(t -> t.writeShare() != null).max(Comparator.comparingDouble(NamedObject::writeShare));
        return stated.or(() -> hot.stream().filter(t -> t.sizeBytes() == null).findFirst()).map(NamedObject::name);
    }

    static Topology build(DesignInput input, DesignSpec spec) {
        SourceEngine engine = input.source().engine();
        NativeSink sink = input.requirements().nativeSink();
        PipelineNames names = PipelineNames.of(engine);
        List<TopologyNode> nodes = new ArrayList<>();
        List<TopologyEdge> edges = new ArrayList<>();

        nodes.add(node("source", NodeKind.SOURCE_DATABASE, engine.displayName() + " " + input.source().version()
                + " (" + input.source().hosting().displayName() + ")", 0, input.source().nodeCount(), 1,
                settings(spec, ConfigScope.DATABASE, null), decisionsWith(spec, ConfigScope.DATABASE, null, engine.slug() + ".", "pg.")));
        nodes.add(node("source-connector", NodeKind.SOURCE_CONNECTOR, names.sourceConnector(), 0, 1, 1,
                settings(spec, ConfigScope.SOURCE_CONNECTOR, names.sourceConnector()),
                decisionsWith(spec, ConfigScope.SOURCE_CONNECTOR, names.sourceConnector(), "engine.", "snapshot.")));
        nodes.add(node("debezium-server", NodeKind.DEBEZIUM_SERVER, "Debezium Server (" + names.sourceConnector() + ")", 0, 1, 1,
                settings(spec, ConfigScope.DEBEZIUM_SERVER, null),
                ids(spec, "engine.debezium-server", "security.transport-and-secrets", "failure.fencing-and-split-brain")));
        nodes.add(node("offset-store", NodeKind.OFFSET_STORE, sink == NativeSink.REDIS_STREAMS ? "offsets and schema history in Redis"
                        : "offsets file on a persistent volume", 0, 0, 1, List.of(),
                ids(spec, "engine.offset-store", "schema.history-store", "offsets.management")));
        edges.add(new TopologyEdge("source", "source-connector", EdgeKind.READS_LOG, engine.logName()));
        edges.add(new TopologyEdge("source-connector", "debezium-server", EdgeKind.RUNS_ON, "1 task"));
        edges.add(new TopologyEdge("debezium-server", "offset-store", EdgeKind.WRITES, "offsets"));

        List<String> destinationDecisions = ids(spec, "destination.ordering", "destination.setup", "destination.backpressure",
                "destination.consumers");
        List<String> destinations = new ArrayList<>();
        int partitions = spec.sizing().hotTopicPartitions(); // Kinesis shards; 0 where the destination has no such unit
        int others = Math.max(0, input.source().tableCount() - 1);
        if (sharedByAllTables(sink)) {
            nodes.add(node("destination", NodeKind.NATIVE_DESTINATION, sink.displayName(), partitions, 0, 1, List.of(), destinationDecisions));
            destinations.add("destination");
        } else {
            String busiest = busiestHotTable(input).map(t -> names.dataTopic(engine, t)).orElse(names.exampleDataTopic(engine));
            nodes.add(node("destination-hot", NodeKind.NATIVE_DESTINATION, sink.displayName() + ": " + busiest,
                    partitions, 0, 1, List.of(), destinationDecisions));
            destinations.add("destination-hot");
            if (others > 0) {
                nodes.add(node("destination-others", NodeKind.NATIVE_DESTINATION, others + " more " + sink.displayName() + " destinations",
                        0, 0, others, List.of(), destinationDecisions));
                destinations.add("destination-others");
            }
        }
        for (String destination : destinations) {
            edges.add(new TopologyEdge("source-connector", destination, EdgeKind.PRODUCES, "key = primary key"));
        }
        for (Target target : input.targets()) {
            String targetId = "target-" + names.sinkConnector(target).replace("-sink", "");
            nodes.add(node(targetId, NodeKind.TARGET, target.label(), 0, 0, 1, List.of(), ids(spec, "destination.consumers")));
            for (String destination : destinations) {
                edges.add(new TopologyEdge(destination, targetId, EdgeKind.CONSUMES, "subscription"));
            }
        }
        return new Topology(nodes, edges);
    }

    /** Event Hubs takes every table into one hub, and an HTTP sink has one URL; the others get a destination per table. */
    private static boolean sharedByAllTables(NativeSink sink) {
        return sink == NativeSink.EVENT_HUBS || sink == NativeSink.HTTP;
    }
}
