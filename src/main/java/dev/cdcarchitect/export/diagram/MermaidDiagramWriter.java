package dev.cdcarchitect.export.diagram;

import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.NodePalette;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.NodeCaptions;
import java.util.HashMap;
import java.util.Map;

/**
 * The diagram as a Mermaid flowchart (renders on GitHub and GitLab). Node ids are generated ({@code n1}, {@code n2},
 * ...) and labels are quoted with Mermaid's entity codes, so no label can break out of its node.
 */
public final class MermaidDiagramWriter {

    public String write(Topology topology) {
        Map<String, String> ids = new HashMap<>();
        StringBuilder out = new StringBuilder(4_096).append("flowchart LR\n");
        int n = 0;
        for (TopologyNode node : topology.nodes()) {
            String id = "n" + (++n);
            ids.put(node.id(), id);
            String label = label(NodeCaptions.kind(node)) + "<br/><b>" + label(node.label()) + "</b>"
                    + (NodeCaptions.detail(node).isEmpty() ? "" : "<br/>" + label(NodeCaptions.detail(node)));
            out.append("  ").append(id).append(open(node.kind())).append('"').append(label).append('"').append(close(node.kind())).append('\n');
        }
        for (TopologyEdge edge : topology.edges()) {
            String from = ids.get(edge.from());
            String to = ids.get(edge.to());
            if (from == null || to == null) continue;
            String arrow = edge.kind() == EdgeKind.DEAD_LETTERS || edge.kind() == EdgeKind.RUNS_ON ? " -.-> " : " --> ";
            out.append("  ").append(from).append(arrow).append(to).append('\n');
        }
        for (TopologyNode node : topology.nodes()) {
            NodePalette p = NodePalette.of(node.kind());
            out.append("  style ").append(ids.get(node.id())).append(" fill:").append(p.fill()).append(",stroke:").append(p.stroke());
            if (p.dashed()) out.append(",stroke-dasharray:4 3");
            out.append('\n');
        }
        return out.toString();
    }

    private static String open(NodeKind kind) {
        return switch (kind) {
            case SOURCE_DATABASE, TARGET -> "[(";
            case CONSUMER_GROUP -> "([";
            default -> "[";
        };
    }

    private static String close(NodeKind kind) {
        return switch (kind) {
            case SOURCE_DATABASE, TARGET -> ")]";
            case CONSUMER_GROUP -> "])";
            default -> "]";
        };
    }

    /** Everything outside letters, digits and a few safe marks becomes a Mermaid entity code ({@code #35;}). */
    static String label(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || " .-_,/:()+=@".indexOf(c) >= 0) {
                out.appendCodePoint(c);
            } else {
                out.append('#').append(c).append(';');
            }
        });
        return out.toString();
    }
}
