package dev.cdcarchitect.ui.design;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.domain.WhatIf;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.topology.layout.TopologyLayout;
import dev.cdcarchitect.ui.topology.ReadableNodeSizes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The background half of one regeneration: design and diagram layout, from an immutable request. */
final class DesignJob {

    record Request(String source, String target, WhatIf whatIf) {}

    private final DesignService service;
    private final TopologyLayout layout = new TopologyLayout();
    private final ReadableNodeSizes sizes = new ReadableNodeSizes();
    /**
     * The layouts of the last few shapes, reused while the graph keeps a shape it had: a what-if slider moved back
     * and forth, or an edit undone, returns to the same boxes. Runs on one worker thread only.
     */
    private final Map<List<String>, DiagramLayout> recentLayouts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, DiagramLayout> eldest) {
            return size() > RECENT_SHAPES;
        }
    };
    private static final int RECENT_SHAPES = 8;

    DesignJob(DesignService service) {
        this.service = service;
    }

    DesignOutcome run(Request request) {
        long start = System.nanoTime();
        try {
            DesignResult result = service.design(request.source(), request.target(), request.whatIf());
            if (result instanceof DesignResult.Refusal) return new DesignOutcome.Refused();
            DesignResult.Generated generated = (DesignResult.Generated) result;
            DesignInput stated = generated.input().stated(); // no second reading: the input keeps its stated values
            return new DesignOutcome.Ready(generated, layoutOf(generated.topology()), (System.nanoTime() - start) / 1e6, stated);
        } catch (InputProblem problem) {
            return new DesignOutcome.Problem(problem.field(), problem.getMessage() + " " + problem.hint());
        } catch (RuntimeException bug) {
            // A defect must not leave the window silently stale: say so, keep the input, stay responsive.
            return new DesignOutcome.Problem("internal error", bug.getClass().getSimpleName() + ": " + bug.getMessage()
                    + ". Your input is kept; please report this input so it can be fixed.");
        }
    }

    /** Same nodes (ids, kinds, box sizes) and edges as a recent design: the coordinates are the same, so skip the layout. */
    private DiagramLayout layoutOf(Topology topology) {
        List<String> shape = new ArrayList<>();
        // A box's height follows its name, so a renamed node counts as a new shape.
        for (TopologyNode n : topology.nodes()) shape.add(n.id() + ":" + n.kind() + ":" + sizes.height(n));
        for (TopologyEdge e : topology.edges()) shape.add(e.from() + ">" + e.to() + ":" + e.kind());
        return recentLayouts.computeIfAbsent(shape, s -> layout.layout(topology, sizes));
    }
}
