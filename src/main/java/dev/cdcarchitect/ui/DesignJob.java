package dev.cdcarchitect.ui;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.domain.WhatIf;
import dev.cdcarchitect.topology.layout.TopologyLayout;

/** The background half of one regeneration: design and diagram layout, from an immutable request. */
final class DesignJob {

    record Request(String source, String target, WhatIf whatIf) {}

    private final DesignService service;
    private final TopologyLayout layout = new TopologyLayout();

    DesignJob(DesignService service) {
        this.service = service;
    }

    DesignOutcome run(Request request) {
        long start = System.nanoTime();
        try {
            DesignResult result = service.design(request.source(), request.target(), request.whatIf());
            if (result instanceof DesignResult.Refusal) return new DesignOutcome.Refused();
            DesignResult.Generated generated = (DesignResult.Generated) result;
            return new DesignOutcome.Ready(generated, layout.layout(generated.topology()), (System.nanoTime() - start) / 1e6);
        } catch (InputProblem problem) {
            return new DesignOutcome.Problem(problem.field(), problem.getMessage() + " " + problem.hint());
        }
    }
}
