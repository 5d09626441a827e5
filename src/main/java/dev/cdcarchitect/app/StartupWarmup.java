package dev.cdcarchitect.app;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.topology.layout.TopologyLayout;

/**
 * Start-up work in parallel: while picocli builds its model on the main thread, a daemon thread runs one
 * throw-away design so the regexes, rules and formatters are loaded and initialised when the real request
 * arrives; for {@code export} it also lays out that design's diagram, which loads JGraphX and initialises Java2D.
 * It has no side effects and its result is discarded.
 */
final class StartupWarmup {

    private StartupWarmup() {}

    static void startFor(String[] args) {
        if (args.length == 0 || Boolean.getBoolean("cdcarchitect.noWarmup")) return;
        boolean export = args[0].equals("export");
        if (!export && !args[0].equals("design")) return;
        Thread warmup = new Thread(() -> run(export), "startup-warmup");
        warmup.setDaemon(true);
        warmup.setPriority(Thread.MIN_PRIORITY);
        warmup.start();
    }

    /** One throw-away design (and layout); null if it failed (the real request reports its own errors). */
    private static DesignResult run(boolean layout) {
        try {
            DesignResult result = new DesignService().design("PostgreSQL 14, 1TB, 1k TPS, composite keys", "Kafka to Snowflake and Elasticsearch");
            if (layout && result instanceof DesignResult.Generated generated) new TopologyLayout().layout(generated.topology());
            return result;
        } catch (RuntimeException ignored) {
            return null;
        }
    }
}
