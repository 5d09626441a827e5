package dev.cdcarchitect.export.diagram;

import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.NodePalette;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.NodeCaptions;

/** The diagram in Graphviz DOT (left to right), for `dot -Tsvg` and other Graphviz tools. */
public final class DotDiagramWriter {

    public String write(Topology topology) {
        StringBuilder out = new StringBuilder(4_096)
                .append("digraph cdc {\n  rankdir=LR;\n  node [shape=box, style=\"filled\", fontname=\"DejaVu Sans\", fontsize=10];\n")
                .append("  edge [color=\"#57606a\"];\n");
        for (TopologyNode node : topology.nodes()) {
            NodePalette p = NodePalette.of(node.kind());
            String detail = NodeCaptions.detail(node);
            out.append("  ").append(quote(node.id())).append(" [label=").append(quote(NodeCaptions.kind(node) + "\n" + node.label()
                    + (detail.isEmpty() ? "" : "\n" + detail))).append(", fillcolor=\"").append(p.fill()).append("\", color=\"").append(p.stroke())
                    .append('"');
            if (node.kind() == NodeKind.SOURCE_DATABASE || node.kind() == NodeKind.TARGET) out.append(", shape=cylinder");
            if (p.dashed()) out.append(", style=\"filled,dashed\"");
            out.append("];\n");
        }
        for (TopologyEdge edge : topology.edges()) {
            out.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()));
            if (edge.kind() == EdgeKind.DEAD_LETTERS) out.append(" [style=dashed, color=\"#cf222e\"]");
            else if (edge.kind() == EdgeKind.RUNS_ON) out.append(" [style=dotted, constraint=false]");
            out.append(";\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT quoted string: backslash and quote escaped, newlines as DOT's centred line break. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
