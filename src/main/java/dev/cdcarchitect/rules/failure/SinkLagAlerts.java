package dev.cdcarchitect.rules.failure;

import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumer-lag alert thresholds: a quarter of the sink's own freshness objective where one was stated, a quarter of
 * the end-to-end latency SLO for the other sinks.
 */
final class SinkLagAlerts {

    private SinkLagAlerts() {}

    static String describe(RuleContext ctx) {
        String global = Units.millis(ctx.requirements().latencySloMillis() / 4) + " of work";
        List<String> own = new ArrayList<>();
        int others = 0;
        for (Target t : ctx.targets()) {
            long objective = ctx.sinkFreshnessMillis(t.kind());
            if (objective > 0) {
                own.add(ctx.naming().sinkConnector(t) + " consumer lag above " + Units.millis(objective / 4) + " (25% of its "
                        + Units.millis(objective) + " freshness objective)");
            } else {
                others++;
            }
        }
        if (own.isEmpty()) return "sink consumer lag above " + global;
        return (others > 0 ? "other sinks' consumer lag above " + global + "; " : "") + String.join("; ", own);
    }
}
