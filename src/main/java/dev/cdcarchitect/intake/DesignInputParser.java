package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.CaptureRuntime;
import dev.cdcarchitect.domain.DataTrait;
import dev.cdcarchitect.domain.DeliveryGuarantee;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.InputProblem;
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
import java.util.regex.Pattern;

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
    /** "via Debezium Server", "debezium-server"; not "instead of Debezium Server" or "without Debezium Server". */
    private static final Pattern DEBEZIUM_SERVER = Pattern.compile(
            "(?i)(?<!instead of )(?<!not )(?<!without )(?<!no )\\bdebezium[ -]server\\b");

    public DesignInput parse(String sourceText, String targetText) {
        InputLimits.check(SOURCE_FIELD, sourceText, SOURCE_EXAMPLE);
        InputLimits.check(TARGET_FIELD, targetText, TARGET_EXAMPLE);
        DesignInput read = read(collapseWhitespace(sourceText), collapseWhitespace(targetText));
        return new DesignInput(sourceText, targetText, read.source(), read.platform(), read.targets(), read.requirements(),
                read.assumptions(), read.inputWarnings());
    }

    /**
     * One space (or newline) per whitespace run: meaning is unchanged, and no pattern can be made to backtrack
     * over a run of 100,000 spaces.
     */
    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean newline = false;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                newline |= text.charAt(i) == '\n';
                i++;
            }
            out.append(newline ? '\n' : ' ');
        }
        return out.toString();
    }

    private DesignInput read(String sourceText, String targetText) {
        List<Assumption> assumptions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        EngineRecognizer.Recognized engine = EngineRecognizer.recognize(sourceText);
        SourceProfile source = source(sourceText, engine, assumptions, warnings);
        TargetReader.Read targets = TargetReader.read(targetText);
        KafkaPlatform platform = platform(targets, assumptions);
        if (targets.targets().isEmpty() && targets.platform() == null) {
            throw new InputProblem(TARGET_FIELD, "names no downstream system I recognise.",
                    "Name the transport and the sinks, e.g. '" + TARGET_EXAMPLE + "' Supported sinks: Snowflake, "
                            + "Elasticsearch, OpenSearch, BigQuery, S3, Iceberg, Delta Lake, Databricks, Redis, "
                            + "ClickHouse and relational replicas (PostgreSQL, MySQL, SQL Server, Oracle).");
        }
        for (String name : targets.unsupported()) {
            warnings.add("The target '" + name + "' is not modelled by this tool; it is left out of the design. "
                    + "Consume its topics with its own Kafka connector, keyed and ordered as section 4 describes.");
        }
        Requirements requirements = requirements(sourceText + "\n" + targetText, assumptions);
        if (requirements.debeziumServer() && source.engine() == SourceEngine.CASSANDRA) {
            warnings.add("Debezium Server does not run the Cassandra connector, which runs as an agent on every Cassandra node; "
                    + "the design keeps the agents.");
            requirements = requirements.withRuntime(CaptureRuntime.KAFKA_CONNECT);
        }
        return new DesignInput(sourceText, targetText, source, platform, targets.targets(), requirements,
                assumptions, warnings);
    }

    private SourceProfile source(String text, EngineRecognizer.Recognized engine, List<Assumption> assumptions,
                                 List<String> warnings) {
        SourceEngine kind = engine.engine();
        Hosting hosting = engine.hosting();
        if (hosting == null) {
            hosting = Hosting.SELF_MANAGED;
            assumptions.add(new Assumption("hosting", hosting.displayName(),
                    "No managed service (RDS, Aurora, Cloud SQL, Azure, Atlas) was named."));
        }
        String version = engine.version();
        if (version == null) {
            version = EngineDefaults.version(kind);
            assumptions.add(new Assumption("version", kind.displayName() + " " + version,
                    "No version was given; the current long-term release is assumed."));
        }
        if (!engine.otherEngines().isEmpty()) {
            warnings.add("The source text also names " + engine.otherEngines() + "; the design captures from "
                    + kind.displayName() + ", the engine named first.");
        }
        warnings.addAll(Contradictions.find(text, kind));

        VolumeReader.Volumes volumes = VolumeReader.read(text);
        double volume = volumes.volumeBytes() != null ? volumes.volumeBytes() : DEFAULT_VOLUME_BYTES;
        if (volumes.volumeBytes() == null) {
            assumptions.add(new Assumption("volume", Units.bytes(volume), "No data volume was given."));
        }
        Set<Workload> workload = TraitReader.workload(text);
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
        int tables = volumes.tableCount() != null ? Math.max(1, volumes.tableCount()) : DEFAULT_TABLES;
        if (volumes.tableCount() == null) {
            assumptions.add(new Assumption("captured " + table + "s", String.valueOf(tables), "No " + table + " count was given."));
        }
        long largest = volumes.largestTableRows() != null ? volumes.largestTableRows()
                : (long) (volume * 0.3 / rowBytes);
        if (volumes.largestTableRows() == null) {
            assumptions.add(new Assumption("largest " + table, Units.count(largest) + " " + row + "s",
                    "Not given; taken as 30% of the volume at the assumed " + row + " size."));
        }
        Set<DataTrait> data = EnumSet.noneOf(DataTrait.class);
        data.addAll(TraitReader.data(text));
        if (kind == SourceEngine.MONGODB) data.add(DataTrait.JSON);
        Set<HaTrait> ha = TraitReader.highAvailability(text);
        int nodes = Math.max(1, TraitReader.nodeCount(text));
        warnVersion(kind, hosting, version, warnings);
        return new SourceProfile(kind, hosting, version, (long) Math.min(volume, Long.MAX_VALUE), peak, rowBytes,
                tables, largest, workload, TraitReader.keys(text), data, ha,
                ha.contains(HaTrait.RAC) || ha.contains(HaTrait.SHARDED) ? nodes : 1);
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
            return volumes.averageChangesPerSecond();
        }
        assumptions.add(new Assumption("peak change rate", Units.rate(DEFAULT_PEAK_RATE),
                "No transaction or change rate was given."));
        return DEFAULT_PEAK_RATE;
    }

    private static void assumeRowsPerTransaction(VolumeReader.Volumes volumes, List<Assumption> assumptions) {
        if (volumes.rateIsTransactions()) {
            assumptions.add(new Assumption("row changes per transaction", "1",
                    "The rate was given in transactions; each is taken to change one row. Multiply the sizing by "
                            + "the real rows per transaction."));
        }
    }

    private static KafkaPlatform platform(TargetReader.Read targets, List<Assumption> assumptions) {
        if (targets.platform() == null) {
            assumptions.add(new Assumption("transport", KafkaPlatform.APACHE_KAFKA.displayName(),
                    "No Kafka platform was named; Kafka with Kafka Connect carries the change events."));
            return KafkaPlatform.APACHE_KAFKA;
        }
        if (targets.platformEvidence() != null) {
            assumptions.add(new Assumption("transport", targets.platform().displayName(), targets.platformEvidence() + "."));
        }
        return targets.platform();
    }

    private static Requirements requirements(String text, List<Assumption> assumptions) {
        RequirementsReader.Read read = RequirementsReader.read(text);
        DeliveryGuarantee delivery = read.delivery();
        if (delivery == null) {
            delivery = DeliveryGuarantee.AT_LEAST_ONCE;
            assumptions.add(new Assumption("delivery", "at-least-once into Kafka, idempotent (effectively-once) sinks",
                    "No delivery guarantee was stated."));
        }
        long latency = read.latencyMillis() != null ? read.latencyMillis() : DEFAULT_LATENCY_MS;
        if (read.latencyMillis() == null) {
            assumptions.add(new Assumption("latency SLO", Units.millis(latency) + " end to end (p99)", "No latency objective was given."));
        }
        int retention = read.retentionDays() != null ? read.retentionDays() : DEFAULT_RETENTION_DAYS;
        if (read.retentionDays() == null) {
            assumptions.add(new Assumption("Kafka retention", retention + " days",
                    "Not given; long enough to replay into a sink after a week-end outage."));
        }
        double growth = read.growthFactor() != null ? read.growthFactor() : DEFAULT_GROWTH;
        if (read.growthFactor() == null) {
            assumptions.add(new Assumption("growth", Units.decimal(growth) + "x over the planning horizon",
                    "Not given; partitions are sized for it up front because adding partitions later remaps keys."));
        }
        SchemaFormat format = read.schemaFormat() != null ? read.schemaFormat() : SchemaFormat.AVRO;
        if (read.schemaFormat() == null) {
            assumptions.add(new Assumption("serialization", "Avro with a schema registry", "No format was named."));
        }
        CaptureRuntime runtime = DEBEZIUM_SERVER.matcher(text).find() ? CaptureRuntime.DEBEZIUM_SERVER : CaptureRuntime.KAFKA_CONNECT;
        return new Requirements(delivery, latency, retention, read.compliance(), read.multiRegion(), growth, format, 0, runtime);
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
