package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.topology.layout.ConnectFrame;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.topology.layout.NodeBox;
import java.util.List;
import java.util.Set;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The Kafka Connect cluster drawn as a group: the frame the layout placed around the cluster, its internal topics,
 * the connectors that run on it and their consumer groups. Being inside the frame says "runs on", so those edges
 * are not drawn; a connector elsewhere (Debezium Server) keeps its "runs on" line.
 */
final class ConnectGroup {

    private final NodeBox frame;
    private final Set<String> members;

    private ConnectGroup(NodeBox frame, Set<String> members) {
        this.frame = frame;
        this.members = members;
    }

    static ConnectGroup of(Topology topology, DiagramLayout layout) {
        return new ConnectGroup(layout.frame(), layout.frame() == null ? Set.of() : ConnectFrame.members(topology));
    }

    /** Whether the frame already shows this edge (a member running on the cluster). */
    boolean shows(TopologyEdge edge) {
        return ConnectFrame.shownByFrame(edge, members);
    }

    /** Draws the frame in {@code layer}, moving the frame already there rather than replacing it. */
    void showIn(Pane layer) {
        if (frame == null) {
            layer.getChildren().clear();
            return;
        }
        Rectangle r = layer.getChildren().isEmpty() ? newFrame(layer) : (Rectangle) layer.getChildren().get(0);
        r.setX(frame.x());
        r.setY(frame.y());
        r.setWidth(frame.width());
        r.setHeight(frame.height());
    }

    private static Rectangle newFrame(Pane layer) {
        Rectangle r = new Rectangle();
        r.setArcWidth(14);
        r.setArcHeight(14);
        r.getStyleClass().add("connect-group");
        layer.getChildren().add(r);
        return r;
    }
}
