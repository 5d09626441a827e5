package dev.cdcarchitect.cutover;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.PipelineNames;
import dev.cdcarchitect.domain.Sizing;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.Units;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Builds the cutover plan of one design from its snapshot decision, sizing, latency objective and targets: every
 * criterion is computed from those and cites the decision or sizing line it comes from.
 */
public final class CutoverPlanner {

    /** Keys per range in the bucket-hash query: small enough to re-check a differing range by its keys. */
    public static final long BUCKET_WIDTH = 100_000;
    /** A snapshot may overrun the sizing's estimate by half before the cutover stops to investigate (as the alerts do). */
    static final double OVERRUN = 1.5;
    /** The outage the sizing's log-retention figure covers. */
    static final double SIZED_LOG_HOURS = 24;
    /** Dual-run lasts at least one daily cycle of the source's workload. */
    static final double DUAL_RUN_HOURS = 24;

    /** The example columns used when the design does not know a table's columns. */
    public static final TableShape EXAMPLE_SHAPE = new TableShape(List.of(new Column("id", ColumnType.INTEGER)),
            List.of(new Column("status", ColumnType.TEXT), new Column("amount", ColumnType.DECIMAL),
                    new Column("updated_at", ColumnType.TIMESTAMP), new Column("active", ColumnType.BOOLEAN)));

    enum Snapshot { INITIAL, INCREMENTAL, BULK_SEED }

    private final BinaryOperator<String> replicaTable;

    /** @param replicaTable the table a relational replica's JDBC sink writes a topic to: (topic, flavour) → name */
    public CutoverPlanner(BinaryOperator<String> replicaTable) {
        this.replicaTable = replicaTable;
    }

    public CutoverPlan plan(DesignResult.Generated design) {
        DesignInput input = design.input();
        SourceEngine engine = input.source().engine();
        PipelineNames names = PipelineNames.of(engine);
        List<String> named = input.facts().objects(ObjectKind.TABLE).stream().map(NamedObject::name).distinct().toList();
        boolean placeholder = named.isEmpty();
        List<String> tables = (placeholder ? List.of("orders") : named).stream()
                .map(t -> t.indexOf('.') >= 0 ? t : PipelineNames.exampleTable(engine, t)).toList();

        List<SystemQueries> systems = new ArrayList<>();
        List<String> notQueried = new ArrayList<>();
        sourceDialect(engine).ifPresentOrElse(
                d -> systems.add(new SystemQueries(engine.displayName() + " " + input.source().version(), "source", d,
                        tables.stream().map(t -> ReconciliationQueries.of(d, t, EXAMPLE_SHAPE, BUCKET_WIDTH)).toList(),
                        "the captured tables as the source names them")),
                () -> notQueried.add(engine.displayName() + " (source): no SQL; count and hash the rows with the source's own "
                        + "export tool and compare with the targets' answers"));
        for (Target target : input.targets()) targetQueries(target, engine, names, tables).ifPresentOrElse(systems::add,
                () -> notQueried.add(target.label() + ": not queryable with SQL; compare document or key counts with the "
                        + "system's own API (count by key range) against the source's row counts"));
        return new CutoverPlan(phases(design, snapshot(design)), tables, placeholder, EXAMPLE_SHAPE, BUCKET_WIDTH, systems, notQueried);
    }

    static Optional<SqlDialect> sourceDialect(SourceEngine engine) {
        return switch (engine) {
            case POSTGRESQL -> Optional.of(SqlDialect.POSTGRESQL);
            case MYSQL, MARIADB -> Optional.of(SqlDialect.MYSQL);
            case SQLSERVER -> Optional.of(SqlDialect.SQL_SERVER);
            case ORACLE -> Optional.of(SqlDialect.ORACLE);
            case DB2 -> Optional.of(SqlDialect.DB2);
            case MONGODB, CASSANDRA -> Optional.empty();
        };
    }

    private Optional<SystemQueries> targetQueries(Target target, SourceEngine engine, PipelineNames names, List<String> tables) {
        SqlDialect dialect;
        String note;
        switch (target.kind()) {
            case RELATIONAL_REPLICA -> {
                dialect = switch (target.flavour()) {
                    case "PostgreSQL" -> SqlDialect.POSTGRESQL;
                    case "MySQL", "MariaDB" -> SqlDialect.MYSQL;
                    case "SQL Server" -> SqlDialect.SQL_SERVER;
                    case "Oracle" -> SqlDialect.ORACLE;
                    default -> null;
                };
                note = "the replica tables the JDBC sink writes (collection.name.format=${topic}, dots to underscores)";
            }
            case SNOWFLAKE -> {
                dialect = SqlDialect.SNOWFLAKE;
                note = "the current-state tables built from the landing tables (not the append-only landing tables themselves)";
            }
            case BIGQUERY -> {
                dialect = SqlDialect.BIGQUERY;
                note = "the sanitized topic names (sanitizeTopics=true) in the sink's dataset; qualify them with the dataset";
            }
            case CLICKHOUSE -> {
                dialect = SqlDialect.CLICKHOUSE;
                note = "read with FINAL so replaced and deleted versions of a row are merged away before counting";
            }
            default -> {
                return Optional.empty();
            }
        }
        if (dialect == null) return Optional.empty();
        List<ReconciliationQueries> queries = new ArrayList<>();
        for (String table : tables) {
            String topic = names.dataTopic(engine, table);
            String name = switch (target.kind()) {
                case RELATIONAL_REPLICA -> replicaTable.apply(topic, target.flavour());
                case SNOWFLAKE -> topic.replace('.', '_').toUpperCase(java.util.Locale.ROOT);
                case CLICKHOUSE -> topic.replace('.', '_') + " FINAL";
                default -> topic.replace('.', '_');
            };
            queries.add(ReconciliationQueries.of(dialect, name, EXAMPLE_SHAPE, BUCKET_WIDTH));
        }
        return Optional.of(new SystemQueries(target.label(), "target", dialect, queries, note));
    }

    /** What the design's snapshot decision chose, read from its statement's opening (rules/log/SnapshotRules). */
    static Snapshot snapshot(DesignResult.Generated design) {
        String statement = decision(design, "snapshot.strategy").map(Decision::statement).orElse("");
        if (statement.startsWith("Take an initial")) return Snapshot.INITIAL;
        if (statement.startsWith("Start streaming")) return Snapshot.INCREMENTAL;
        return Snapshot.BULK_SEED;
    }

    private static List<CutoverPhase> phases(DesignResult.Generated design, Snapshot snapshot) {
        Sizing sizing = design.spec().sizing();
        String log = design.input().source().engine().logName();
        String initial = line(sizing, "sizing.snapshot");
        String incremental = line(sizing, "sizing.snapshot-incremental");
        String logPerDay = line(sizing, "sizing.log-retention");
        long slo = design.input().requirements().latencySloMillis();
        String sloText = Units.grouped(slo) + " ms";
        double hours = sizing.snapshotHours();
        double neededLogHours = (snapshot == Snapshot.INITIAL ? hours : 0) + SIZED_LOG_HOURS;
        String neededLog = Units.decimal(sizing.logRetentionGigabytes() * neededLogHours / SIZED_LOG_HOURS) + " GB";
        long lagEvents = (long) Math.ceil(sizing.eventsPerSecond() * slo / 1000.0);

        List<CutoverPhase> phases = new ArrayList<>();
        phases.add(new CutoverPhase("Prepare source", "Apply the source settings, the capture user and its grants, and the "
                + log + " retention the design asks for; create the connector's position (slot, binlog position, SCN).",
                List.of("The design is reviewed and the exported configuration validates (cdc-architect validate)."),
                List.of("The connector's user connects and reads the captured tables.",
                        "The source keeps at least " + Units.decimal(neededLogHours) + " h of " + log + " (about " + neededLog
                                + " at the sized rate: " + logPerDay + " per " + Units.decimal(SIZED_LOG_HOURS) + " h"
                                + (snapshot == Snapshot.INITIAL ? ", plus the snapshot's duration" : "") + ")."),
                ids(design, List.of("engine.selection", "sizing.log-retention"), SpecSection.ENGINE, "pg.", "mysql.", "mariadb.",
                        "oracle.", "sqlserver.", "db2.")));
        switch (snapshot) {
            case INITIAL -> phases.add(new CutoverPhase("Initial snapshot", "Start the connector with snapshot.mode=initial: it reads "
                    + "every captured table once, then streams from the position the snapshot recorded.",
                    List.of("Prepare source is done; the targets are empty or their tables may be overwritten."),
                    List.of("The connector reports the snapshot completed (Debezium snapshot metric SnapshotCompleted=true), "
                                    + "expected after about " + initial + " (sizing.snapshot); past " + Units.hours(hours * OVERRUN)
                                    + " (1.5 x the estimate) stop and find the bottleneck before going on.",
                            "The row-count query gives the same count on the source and each target for every snapshotted table."),
                    ids(design, List.of("snapshot.strategy", "sizing.snapshot"))));
            case INCREMENTAL -> phases.add(new CutoverPhase("Incremental snapshot", "Start the connector with snapshot.mode=no_data "
                    + "(streaming at once), then send an execute-snapshot signal per table: chunks are read beside streaming.",
                    List.of("Prepare source is done; the signal channel exists (snapshot.signals)."),
                    List.of("Every table's incremental snapshot finished (the connector logs 'Incremental snapshot finished' per table), "
                                    + "expected after about " + incremental + " (sizing.snapshot-incremental).",
                            "The row-count query agrees on the source and each target."),
                    ids(design, List.of("snapshot.strategy", "snapshot.signals", "sizing.snapshot-incremental"))));
            case BULK_SEED -> phases.add(new CutoverPhase("Bulk seed at the replication position", "Create the replication position, "
                    + "export a consistent copy taken exactly at that position, load it into each target with its bulk loader, "
                    + "then start the connector with snapshot.mode=no_data from that position.",
                    List.of("Prepare source is done and the position exists before the export starts."),
                    List.of("Every target holds the exported rows: the row-count query on each target equals the export's "
                                    + "row count per table (not the live source's, which has moved on).",
                            "The connector streams from the recorded position; a snapshot through the connector would take "
                                    + initial + " (sizing.snapshot), which is why it is not used."),
                    ids(design, List.of("snapshot.strategy", "sizing.snapshot", "sizing.snapshot-incremental"))));
        }
        phases.add(new CutoverPhase("Catch-up", "Let the pipeline work off the changes made since the position was taken.",
                List.of("The snapshot or seed phase is done."),
                List.of("Source lag (MilliSecondsBehindSource) stays below the latency objective of " + sloText + " for one hour.",
                        "Every sink's consumer-group lag stays below " + Units.grouped(lagEvents) + " records (" + Units.grouped(sizing.eventsPerSecond())
                                + " events/s, the design rate with growth, x " + sloText + ")."),
                ids(design, List.of("consumers.backpressure", "sizing.design-throughput"))));
        phases.add(new CutoverPhase("Dual-run", "Keep the old path serving readers while the new pipeline runs; compare them.",
                List.of("Catch-up exit criteria hold."),
                List.of("At least " + Units.decimal(DUAL_RUN_HOURS) + " h (one daily cycle of the workload) with lag inside " + sloText
                                + ", no connector task failure and no record on a dead letter queue.",
                        "Two reconciliation passes in a row report no difference (below)."),
                ids(design, List.of("delivery.semantics", "consumers.groups"))));
        phases.add(new CutoverPhase("Verification", "Run the reconciliation queries of this section on the source and every target.",
                List.of("Dual-run is on; run at a quiet moment, or re-check differing key ranges once lag is below " + sloText
                        + ": a change still in flight shows as a difference until it arrives."),
                List.of("Row counts equal per table.", "Every key range has the same row count and hash sum on both sides.",
                        "The key-set difference is empty both ways: no row deleted at the source is still in a target, none is missing."),
                ids(design, List.of("kafka.partition-key", "delivery.semantics"))));
        phases.add(new CutoverPhase("Switch", "Point readers (and writers, if the target takes over) at the new path.",
                List.of("Verification passed within the last hour; the team and the rollback owner are on call."),
                List.of("Readers use the targets; lag stays inside " + sloText + " for one hour after the switch."),
                ids(design, List.of())));
        phases.add(new CutoverPhase("Rollback", "Return readers to the old path: the source was never changed, so rollback is a "
                + "reader switch, not a data restore.",
                List.of("Any switch exit criterion fails, or a reconciliation difference appears after the switch."),
                List.of("Readers are back on the old path; the connector keeps streaming so a second attempt needs no new snapshot, "
                        + "as long as the source keeps its " + log + " (" + neededLog + " planned above)."),
                ids(design, List.of("sizing.log-retention"))));
        return phases;
    }

    /**
     * The ids that exist in this design, then the decisions of {@code section} whose id starts with one of
     * {@code prefixes}.
     */
    private static List<String> ids(DesignResult.Generated design, List<String> wanted, SpecSection section, String... prefixes) {
        Set<String> out = new LinkedHashSet<>(ids(design, wanted));
        for (Decision d : design.spec().section(section).decisions()) {
            for (String prefix : prefixes) if (d.id().startsWith(prefix)) out.add(d.id());
        }
        return List.copyOf(out);
    }

    /** The ids that exist in this design (a decision or a sizing line), in the order given. */
    private static List<String> ids(DesignResult.Generated design, List<String> wanted) {
        return wanted.stream().filter(id -> decision(design, id).isPresent()
                || design.spec().sizing().lines().stream().anyMatch(l -> l.id().equals(id))).toList();
    }

    private static Optional<Decision> decision(DesignResult.Generated design, String id) {
        return design.spec().decisions().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private static String line(Sizing sizing, String id) {
        return sizing.lines().stream().filter(l -> l.id().equals(id)).map(SizingLine::value).findFirst().orElse("(not sized)");
    }
}
