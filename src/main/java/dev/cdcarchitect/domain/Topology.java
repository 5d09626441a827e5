package dev.cdcarchitect.domain;

import java.util.List;

/** The pipeline as a graph; built from the design, never parsed from prose. */
public record Topology(List<TopologyNode> nodes, List<TopologyEdge> edges) {

    public Topology {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public List<TopologyNode> nodesOf(NodeKind kind) {
        return nodes.stream().filter(n -> n.kind() == kind).toList();
    }
}
