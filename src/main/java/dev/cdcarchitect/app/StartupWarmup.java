package dev.cdcarchitect.app;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;

/**
 * Start-up work in parallel: while picocli builds its model on the main thread, a daemon thread runs one
 * throw-away design so the regexes, rules and formatters are loaded and initialised when the real request
 * arrives. It has no side effects and its result is discarded.
 */
final class StartupWarmup {

    private StartupWarmup() {}

    static void startFor(String[] args) {
        if (args.length == 0 || !args[0].equals("design") || Boolean.getBoolean("cdcarchitect.noWarmup")) return;
        Thread warmup = new Thread(StartupWarmup::run, "startup-warmup");
        warmup.setDaemon(true);
        warmup.setPriority(Thread.MIN_PRIORITY);
        warmup.start();
    }

    /** One throw-away design; null if it failed (the real request reports its own errors). */
    private static DesignResult run() {
        try {
            return new DesignService().design("PostgreSQL 14, 1TB, 1k TPS, composite keys", "Kafka to Snowflake and Elasticsearch");
        } catch (RuntimeException ignored) {
            return null;
        }
    }
}
