package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.domain.TopologyNode;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;

/** What a user sees of a diagram pane: its scroll bars and the nodes wholly in view (shared by the reach tests). */
final class DiagramPaneChecks {

    private DiagramPaneChecks() {
    }

    static ScrollBar bar(TopologyView view, Orientation orientation) {
        return view.getChildrenUnmodifiable().stream().filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == orientation).findFirst().orElse(null);
    }

    /** The nodes wholly inside the view, clear of its scroll bars and its legend. */
    static List<String> whollyVisible(TopologyView view, List<TopologyNode> nodes) {
        double right = view.getWidth();
        double bottom = view.getHeight();
        List<Bounds> covers = new ArrayList<>();
        for (Node child : view.getChildrenUnmodifiable()) {
            boolean overlay = child instanceof ScrollBar || child.getStyleClass().contains("diagram-legend");
            if (overlay && child.isVisible()) covers.add(child.getBoundsInParent());
        }
        List<String> visible = new ArrayList<>();
        for (TopologyNode n : nodes) {
            Node box = view.nodeView(n.id());
            Bounds b = view.sceneToLocal(box.localToScene(box.getBoundsInLocal()));
            boolean inside = b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= right && b.getMaxY() <= bottom;
            Rectangle2D r = new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
            boolean covered = covers.stream().anyMatch(c -> r.intersects(c.getMinX(), c.getMinY(), c.getWidth(), c.getHeight()));
            if (inside && !covered) visible.add(n.id());
        }
        return visible;
    }
}
