package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import java.util.function.Consumer;

/**
 * The one entry point the window and the CLI call to rehearse a design, whatever its source: it chooses the rehearsal
 * for the design's source and runtime. Each check (and, where the rehearsal reports as it goes, each step) is passed
 * to {@code progress}.
 */
public final class Rehearsal {

    /** Which rehearsal a design gets. */
    public enum Kind {
        /** A PostgreSQL source on Kafka Connect: every scenario, the options --configs, --source-url and --rate. */
        POSTGRES_ON_CONNECT,
        DEBEZIUM_SERVER,
        MARIADB,
        /** No local server for the engine: the sinks' contracts on sample records only. */
        CONTRACTS_ONLY
    }

    public static Kind kindOf(DesignResult.Generated design) {
        if (DebeziumServerRehearsal.runsOn(design)) return Kind.DEBEZIUM_SERVER;
        if (MariaDbRehearsal.covers(design)) return Kind.MARIADB;
        return design.input().source().engine() == SourceEngine.POSTGRESQL ? Kind.POSTGRES_ON_CONNECT : Kind.CONTRACTS_ONLY;
    }

    public RehearsalReport run(DesignResult.Generated design, Consumer<String> progress) {
        RehearsalReport report = run(design, new ConfigBundleBuilder().build(design), RehearsalOptions.DEFAULT, progress);
        progress.accept("Rehearsal finished: start-up " + report.startup().toMillis() + " ms, workload " + report.workload().toMillis() + " ms");
        return report;
    }

    /** @param bundle the configuration to rehearse: the design's export, or an exported folder after hand edits */
    public RehearsalReport run(DesignResult.Generated design, ConfigBundle bundle, RehearsalOptions options, Consumer<String> progress) {
        RehearsalComponents.requireInstalled(); // the window's Rehearse… without the optional add-on (decision 0016)
        Kind kind = kindOf(design);
        if (options.staging() != null && kind != Kind.POSTGRES_ON_CONNECT) throw new RehearsalException(stagingRefused(kind) + " " + STAGING_REFUSED_HINT);
        return switch (kind) {
            case POSTGRES_ON_CONNECT -> new PostgresRehearsal().run(design, bundle, SpecDatabaseSetup.of(design), options, progress);
            case DEBEZIUM_SERVER -> reported(new DebeziumServerRehearsal().run(design), progress);
            case MARIADB -> reported(new MariaDbRehearsal().run(design), progress);
            case CONTRACTS_ONLY -> reported(new ContractsOnlyRehearsal().run(design), progress);
        };
    }

    /** Why a design of this kind cannot rehearse on a staging cluster, and what to do instead. */
    public static String stagingRefused(Kind kind) {
        String what = switch (kind) {
            case DEBEZIUM_SERVER -> "this design runs on Debezium Server, not on a Kafka Connect cluster";
            case MARIADB -> "this design's MariaDB/MySQL rehearsal runs its connector in a local Connect worker only, so far";
            case CONTRACTS_ONLY -> "this design's source has no server the rehearsal can start, so only its sinks' contracts are checked";
            case POSTGRES_ON_CONNECT -> "";
        };
        return "--bootstrap-servers and --connect-url rehearse PostgreSQL designs on Kafka Connect only: " + what + ".";
    }

    /** What to do instead of a staging rehearsal that {@link #stagingRefused} refuses. */
    public static final String STAGING_REFUSED_HINT = "Leave both out to rehearse on in-process components, and check the configs against "
            + "your cluster with 'validate --connect-url URL'.";

    /** Rehearsals that do not report as they go: their checks, once they are done. */
    private static RehearsalReport reported(RehearsalReport report, Consumer<String> progress) {
        report.checks().forEach(c -> progress.accept(c.line()));
        return report;
    }
}
