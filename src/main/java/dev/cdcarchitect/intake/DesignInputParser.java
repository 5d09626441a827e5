package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.CaptureRuntime;
import dev.cdcarchitect.domain.DataTrait;
import dev.cdcarchitect.domain.DeliveryGuarantee;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.domain.InputTrace;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SchemaChanges;
import dev.cdcarchitect.domain.SizingDefaults;
import dev.cdcarchitect.domain.SourceFacts;
import dev.cdcarchitect.domain.TransportFacts;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.Requirements;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.domain.Workload;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the two free texts into a {@link DesignInput}. Every value the text leaves out is filled with a
 * stated default and recorded as an {@link Assumption}, so the spec never silently guesses.
 */
public final class DesignInputParser {

    public static final String SOURCE_FIELD = "source_database";
    public static final String TARGET_FIELD = "target_system";
    public static final String SOURCE_EXAMPLE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    public static final String TARGET_EXAMPLE = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    private static final double DEFAULT_VOLUME_BYTES = 1e12;
    private static final double DEFAULT_PEAK_RATE = 1_000;
    private static final double BURST_FACTOR = 3;
    private static final int DEFAULT_TABLES = 50;
    private static final long DEFAULT_LATENCY_MS = 5_000;
    private static final int DEFAULT_RETENTION_DAYS = 7;
    private static final double DEFAULT_GROWTH = 2;

    public DesignInput parse(String sourceText, String targetText) {
        InputLimits.check(SOURCE_FIELD, sourceText, SOURCE_EXAMPLE);
        InputLimits.check(TARGET_FIELD, targetText, TARGET_EXAMPLE);
        return read(new SpanLedger(sourceText, targetText), sourceText, targetText);
    }

    /** Readers run in this order; each blanks what it used, so the most specific reading of any words wins. */
    private DesignInput read(SpanLedger ledger, String sourceText, String targetText) {
        List<Assumption> assumptions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        EngineRecognizer.Recognized engine = EngineRecognizer.recognize(ledger);
        boolean truncates = OperationsReader.truncates(ledger);
        List<NamedObject> objects = ObjectReader.read(ledger);
        SourceLogReader.Log log = SourceLogReader.read(ledger);
        OperationsReader.Operations operations = OperationsReader.read(ledger, truncates);
        SchemaChanges schemaChanges = DdlReader.read(ledger);
        DeleteReader.Deletes deletes = DeleteReader.read(ledger);
        ConstraintReader.Constraint constraint = ConstraintReader.read(ledger);
        SourceProfile source = source(ledger, engine, objects, operations, assumptions, warnings);
        TransportFacts transport = TransportReader.read(ledger);
        TargetReader.Read targets = TargetReader.read(ledger);
        RequirementsReader.Read read = RequirementsReader.read(ledger);
        KafkaPlatform platform = platform(targets, constraint, assumptions);
        if (targets.targets().isEmpty() && targets.platform() == null && constraint.nativeSink() == null) {
            throw new InputProblem(TARGET_FIELD, "names no downstream system I recognise." + Spelling.target(ledger.full(InputField.TARGET)),
                    "Name the transport and the sinks, e.g. '" + TARGET_EXAMPLE + "' Supported sinks: Snowflake, "
                            + "Elasticsearch, OpenSearch, BigQuery, S3, Iceberg, Delta Lake, Databricks, Redis, "
                            + "ClickHouse and relational replicas (PostgreSQL, MySQL, SQL Server, Oracle).");
        }
        String misspelt = Spelling.target(ledger.unused(InputField.TARGET));
        if (!misspelt.isEmpty()) {
            warnings.add("A word in the target text was not read as a system:" + misspelt + " Correct it to have it designed for.");
        }
        for (String name : targets.unsupported()) {
            warnings.add("The target '" + name + "' is not modelled by this tool; it is left out of the design. "
                    + "Consume its topics with its own Kafka connector, keyed and ordered as section 4 describes.");
        }
        Requirements requirements = requirements(read, constraint, assumptions);
        if (read.deliveryConflict()) {
            warnings.add("Both exactly-once and at-least-once are stated; the design follows exactly-once, the stronger guarantee. "
                    + "Is at-least-once with idempotent sinks acceptable instead (no transactions, simpler recovery)?");
        }
        if (read.avroRuledOut()) {
            warnings.add("Avro is ruled out and no other format is named: this design uses Protobuf with the schema registry. "
                    + "Is JSON (with JSON Schema, or schemaless) required instead? It is not modelled here.");
        }
        if (requirements.debeziumServer() && source.engine() == SourceEngine.CASSANDRA) {
            warnings.add("Debezium Server does not run the Cassandra connector, which runs as an agent on every Cassandra node; "
                    + "the design keeps the agents.");
            requirements = requirements.withRuntime(CaptureRuntime.KAFKA_CONNECT);
        }
        SourceFacts facts = new SourceFacts(objects, log.retentionHours(), log.binlogFormat(), log.rowImage(),
                operations.propagateTruncates(), operations.primaryKeyUpdates() || any(objects, ObjectRole.REKEYED),
                operations.largeTransactions(), operations.goldenGateLicence(), log.slot(), log.publication(), schemaChanges,
                deletes.propagate(), deletes.softDeleteColumn());
        warnings.addAll(Questions.ask(source, facts, constraint, targets.platform()));
        warnings.addAll(Questions.aboutTransport(transport, targets.platform()));
        InputTrace trace = new InputTrace(ledger.facts(), NotUnderstoodScanner.scan(ledger));
        return new DesignInput(sourceText, targetText, source, platform, targets.targets(), requirements,
                assumptions, warnings, facts, trace, transport);
    }

    private static boolean any(List<NamedObject> objects, ObjectRole role) {
        return objects.stream().anyMatch(o -> o.has(role));
    }

    private SourceProfile source(SpanLedger ledger, EngineRecognizer.Recognized engine, List<NamedObject> objects,
                                 OperationsReader.Operations operations, List<Assumption> assumptions, List<String> warnings) {
        SourceEngine kind = engine.engine();
        Hosting hosting = engine.hosting();
        if (hosting == null) {
            hosting = Hosting.SELF_MANAGED;
            assumptions.add(new Assumption("hosting", hosting.displayName(),
                    "No managed service (RDS, Aurora, Cloud SQL, AlloyDB, Azure, Atlas) or Kubernetes operator was named."));
        }
        String version = engine.version();
        if (version == null) {
            version = EngineDefaults.version(kind);
            assumptions.add(new Assumption("version", kind.displayName() + " " + version,
                    "No version was given; the current long-term release is assumed."));
        }
        if (!engine.otherEngines().isEmpty()) {
            warnings.add("The source text also names " + engine.otherEngines() + "; the design captures from "
                    + kind.displayName() + ", the engine named first. Is " + kind.displayName() + " the source?");
        }
        warnings.addAll(Contradictions.find(ledger.full(InputField.SOURCE), kind));

        VolumeReader.Volumes volumes = VolumeReader.read(ledger);
        NamedObject hot = hottest(objects);
        double volume;
        if (volumes.volumeBytes() != null) {
            volume = volumes.volumeBytes();
        } else if (hot != null && hot.sizeBytes() != null) {
            volume = Math.max(DEFAULT_VOLUME_BYTES, hot.sizeBytes() / 0.3);
            assumptions.add(new Assumption("volume", Units.bytes(volume),
                    "No total volume was given; taken as the larger of " + Units.bytes(DEFAULT_VOLUME_BYTES) + " and "
                            + hot.name() + "'s stated size as 30% of the total."));
        } else {
            volume = DEFAULT_VOLUME_BYTES;
            assumptions.add(new Assumption("volume", Units.bytes(volume), "No data volume was given."));
        }
        Set<Workload> workload = TraitReader.workload(ledger);
        double peak = peakRate(volumes, workload, assumptions);
        int rowBytes = volumes.rowBytes() != null ? volumes.rowBytes() : EngineDefaults.rowBytes(kind);
        if (volumes.rowBytes() == null) {
            String unit = kind == SourceEngine.MONGODB ? "document" : "row";
            assumptions.add(new Assumption(unit + " size", Units.bytes(rowBytes) + " per " + unit,
                    "No " + unit + " or event size was given; used for throughput and storage sizing."));
        }
        boolean documents = kind == SourceEngine.MONGODB;
        String table = documents ? "collection" : "table";
        String row = documents ? "document" : "row";
        long namedTables = objects.stream().filter(o -> o.kind() == ObjectKind.TABLE && o.has(ObjectRole.CAPTURED)).count();
        int tables;
        if (volumes.tableCount() != null && namedTables > 0 && namedTables < volumes.tableCount()) {
            // "1,200 tables ... capture only orders, order_items and payments": the design captures the named ones
            tables = (int) namedTables;
            warnings.add(Units.grouped(volumes.tableCount()) + " " + table + "s are stated and " + namedTables + " are named for "
                    + "capture: the design captures and sizes for the " + namedTables + " named " + table + "s only.");
        } else if (volumes.tableCount() != null) {
            tables = Math.max(1, volumes.tableCount());
        } else if (namedTables > 0) {
            tables = (int) namedTables;
        } else {
            tables = DEFAULT_TABLES;
            assumptions.add(new Assumption("captured " + table + "s", String.valueOf(tables), "No " + table + " count was given."));
        }
        boolean shareStated = objects.stream().anyMatch(o -> o.kind() == ObjectKind.TABLE && o.writeShare() != null);
        if (!shareStated && tables > 1) {
            assumptions.add(new Assumption("busiest " + table,
                    Units.decimal(SizingDefaults.BUSIEST_TABLE_SHARE * 100) + "% of the changes",
                    "No " + table + "'s share of the writes was given; the busiest " + table + " is sized for it. "
                            + "State it, e.g. 'orders takes 70 % of the writes'."));
        }
        long largest;
        if (volumes.largestTableRows() != null) {
            largest = volumes.largestTableRows();
        } else if (volumes.largestTableBytes() != null) {
            largest = volumes.largestTableBytes() / rowBytes;
        } else if (hot != null && hot.sizeBytes() != null) {
            largest = hot.sizeBytes() / rowBytes;
        } else {
            largest = (long) (volume * 0.3 / rowBytes);
            assumptions.add(new Assumption("largest " + table, Units.count(largest) + " " + row + "s",
                    "Not given; taken as 30% of the volume at the " + (volumes.rowBytes() == null ? "assumed " : "stated ")
                            + row + " size."));
        }
        Set<KeyTrait> keys = EnumSet.noneOf(KeyTrait.class);
        keys.addAll(TraitReader.keys(ledger));
        if (any(objects, ObjectRole.KEYLESS)) keys.add(KeyTrait.MISSING_PRIMARY_KEY);
        Set<DataTrait> data = EnumSet.noneOf(DataTrait.class);
        data.addAll(TraitReader.data(ledger));
        if (any(objects, ObjectRole.LARGE_VALUES)) data.add(DataTrait.LARGE_OBJECTS);
        if (kind == SourceEngine.MONGODB) data.add(DataTrait.JSON);
        Set<HaTrait> ha = TraitReader.highAvailability(ledger);
        // The member count only changes the design for RAC, shards and Cassandra's per-node agents.
        boolean perNode = ha.contains(HaTrait.RAC) || ha.contains(HaTrait.SHARDED) || kind == SourceEngine.CASSANDRA;
        int nodes = perNode ? Math.max(1, TraitReader.nodeCount(ledger)) : 1;
        warnVersion(kind, hosting, version, warnings);
        return new SourceProfile(kind, hosting, version, (long) Math.min(volume, Long.MAX_VALUE), peak, rowBytes,
                tables, largest, workload, keys, data, ha,
                nodes, volumes.largestRowBytes() == null ? 0 : volumes.largestRowBytes());
    }

    /** The table with the largest stated share of writes, or else the largest stated size; null if none. */
    private static NamedObject hottest(List<NamedObject> objects) {
        NamedObject best = null;
        for (NamedObject o : objects) {
            if (o.kind() != ObjectKind.TABLE || o.writeShare() == null && o.sizeBytes() == null) continue;
            if (best == null || score(o) > score(best)) best = o;
        }
        return best;
    }

    private static double score(NamedObject o) {
        return (o.writeShare() == null ? 0 : o.writeShare() * 1e18) + (o.sizeBytes() == null ? 0 : o.sizeBytes());
    }

    private static double peakRate(VolumeReader.Volumes volumes, Set<Workload> workload, List<Assumption> assumptions) {
        if (volumes.peakChangesPerSecond() != null) {
            double peak = Math.max(volumes.peakChangesPerSecond(),
                    volumes.averageChangesPerSecond() == null ? 0 : volumes.averageChangesPerSecond());
            assumeRowsPerTransaction(volumes, assumptions);
            return peak;
        }
        if (volumes.averageChangesPerSecond() != null) {
            assumeRowsPerTransaction(volumes, assumptions);
            if (workload.contains(Workload.BURSTY)) {
                double peak = volumes.averageChangesPerSecond() * BURST_FACTOR;
                assumptions.add(new Assumption("peak rate", Units.rate(peak),
                        "The workload is bursty and no peak was given: peak = " + BURST_FACTOR + " x the stated rate."));
                return peak;
            }
            assumptions.add(new Assumption("peak rate", Units.rate(volumes.averageChangesPerSecond()),
                    "Only one rate was given and no peak: the stated rate is sized as the peak. State the peak if it is higher."));
            return volumes.averageChangesPerSecond();
        }
        assumptions.add(new Assumption("peak change rate", Units.rate(DEFAULT_PEAK_RATE),
                "No transaction or change rate was given."));
        return DEFAULT_PEAK_RATE;
    }

    private static void assumeRowsPerTransaction(VolumeReader.Volumes volumes, List<Assumption> assumptions) {
        if (volumes.rateIsTransactions() && volumes.rowsPerTransaction() == null) {
            assumptions.add(new Assumption("row changes per transaction", "1",
                    "The rate was given in transactions; each is taken to change one row. Multiply the sizing by "
                            + "the real rows per transaction, or state it ('5 rows per transaction')."));
        }
    }

    private static KafkaPlatform platform(TargetReader.Read targets, ConstraintReader.Constraint constraint,
                                          List<Assumption> assumptions) {
        if (targets.platform() == null) {
            if (constraint.nativeSink() != null) return KafkaPlatform.APACHE_KAFKA; // unused: no Kafka in this design
            assumptions.add(new Assumption("transport", KafkaPlatform.APACHE_KAFKA.displayName(),
                    "No Kafka platform was named; Kafka with Kafka Connect carries the change events."));
            return KafkaPlatform.APACHE_KAFKA;
        }
        if (targets.platformEvidence() != null) {
            assumptions.add(new Assumption("transport", targets.platform().displayName(), targets.platformEvidence() + "."));
        }
        return targets.platform();
    }

    private static Requirements requirements(RequirementsReader.Read read, ConstraintReader.Constraint constraint,
                                             List<Assumption> assumptions) {
        DeliveryGuarantee delivery = read.delivery();
        if (delivery == null) {
            delivery = DeliveryGuarantee.AT_LEAST_ONCE;
            boolean kafka = constraint.nativeSink() == null;
            assumptions.add(new Assumption("delivery", kafka ? "at-least-once into Kafka, idempotent (effectively-once) sinks"
                            : "at-least-once into " + constraint.nativeSink().displayName() + ", consumers deduplicate by source position",
                    "No delivery guarantee was stated."));
        }
        long latency = read.latencyMillis() != null ? read.latencyMillis() : DEFAULT_LATENCY_MS;
        if (read.latencyMillis() == null) {
            assumptions.add(new Assumption("latency SLO", Units.millis(latency) + " end to end (p99)", "No latency objective was given."));
        }
        int retention = read.retentionDays() != null ? read.retentionDays() : DEFAULT_RETENTION_DAYS;
        if (read.retentionDays() == null && constraint.nativeSink() == null) {
            assumptions.add(new Assumption("Kafka retention", retention + " days",
                    "Not given; long enough to replay into a sink after a week-end outage."));
        }
        double growth = read.growthFactor() != null ? read.growthFactor() : DEFAULT_GROWTH;
        if (read.growthFactor() == null) {
            assumptions.add(new Assumption("growth", Units.decimal(growth) + "x over the planning horizon",
                    constraint.nativeSink() == null
                            ? "Not given; partitions are sized for it up front because adding partitions later remaps keys."
                            : "Not given; the destination's capacity is sized for it up front."));
        }
        SchemaFormat format = read.schemaFormat() != null ? read.schemaFormat() : SchemaFormat.AVRO;
        if (read.schemaFormat() == null) {
            assumptions.add(constraint.nativeSink() == null
                    ? new Assumption("serialization", "Avro with a schema registry", "No format was named.")
                    : new Assumption("serialization", "JSON without a schema registry",
                            "No format was named; Debezium Server's native sinks carry JSON."));
        }
        CaptureRuntime runtime = read.debeziumServer() || constraint.nativeSink() != null
                ? CaptureRuntime.DEBEZIUM_SERVER : CaptureRuntime.KAFKA_CONNECT;
        return new Requirements(delivery, latency, retention, read.compliance(), read.multiRegion(), growth, format, 0, runtime,
                read.consumerApplications(), read.downstreamExactlyOnce(), constraint.nativeSink(), read.sinkFreshness());
    }

    private static void warnVersion(SourceEngine engine, Hosting hosting, String version, List<String> warnings) {
        int major = leadingNumber(version);
        if (engine == SourceEngine.MYSQL && hosting == Hosting.AWS_AURORA && major <= 3) {
            // Aurora MySQL numbers its own releases: 3.x is MySQL 8.0 compatible, 2.x is MySQL 5.7 compatible.
            if (major == 2) {
                warnings.add("Aurora MySQL " + version + " is MySQL 5.7 compatible; the Debezium 3.x connector supports MySQL 8.0 "
                        + "and later. Upgrade to Aurora MySQL 3 first; this specification assumes a supported version.");
            }
            return;
        }
        if (major > 0 && major < EngineDefaults.oldestSupportedMajor(engine)) {
            warnings.add(engine.displayName() + " " + version + " is older than the oldest version the Debezium 3.x "
                    + "connector supports (" + EngineDefaults.oldestSupportedMajor(engine) + "). Upgrade the source "
                    + "first; this specification assumes a supported version.");
        }
    }

    private static int leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && end < 6 && Character.isDigit(text.charAt(end))) end++;
        return end == 0 ? 0 : Integer.parseInt(text.substring(0, end));
    }
}
