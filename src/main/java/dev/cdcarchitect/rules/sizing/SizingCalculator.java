package dev.cdcarchitect.rules.sizing;

import static dev.cdcarchitect.domain.Units.bytes;
import static dev.cdcarchitect.domain.Units.decimal;
import static dev.cdcarchitect.domain.Units.grouped;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.Sizing;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.nokafka.DestinationCapacity;
import dev.cdcarchitect.rules.nokafka.NativeSinkCatalog;
import dev.cdcarchitect.rules.sink.SinkKnowledge;
import dev.cdcarchitect.rules.source.SourceKnowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers behind the design, each with its formula. Planning figures (per-partition and per-task
 * throughput) are stated in the formulas so a reviewer can substitute measured ones.
 */
public final class SizingCalculator {

    /** Confluent's planning figure for one partition's produce throughput with acks=all. */
    static final double PARTITION_MB_PER_SECOND = 10;
    static final double ENVELOPE_BYTES = 250;
    static final int REPLICATION_FACTOR = 3;
    static final double COMPRESSION_RATIO = 0.5;
    static final int TASKS_PER_WORKER = 8; // 4 vCPU workers at ~2 tasks per core
    static final double WAL_AMPLIFICATION = 2.0;
    static final double OUTAGE_TOLERANCE_HOURS = 24;
    private static final int[] PARTITION_STEPS = {1, 3, 6, 12, 24, 36, 48, 72, 96, 120, 144, 192, 240, 288, 384, 480, 576, 768, 960};

    public Sizing size(DesignInput input, SourceKnowledge knowledge, Map<TargetKind, SinkKnowledge> sinks) {
        SourceProfile source = input.source();
        double growth = input.requirements().growthFactor();
        List<SizingLine> lines = new ArrayList<>();

        double events = source.peakChangesPerSecond();
        lines.add(new SizingLine("sizing.event-rate", "Peak change events", grouped(events) + " events/s",
                "row changes/s at peak, as stated or assumed (section 1)"));

        double images = knowledge.rowImagesPerEvent(source);
        double eventBytes = source.averageRowBytes() * images + ENVELOPE_BYTES;
        lines.add(new SizingLine("sizing.event-size", "Change event size", bytes(eventBytes),
                "row " + bytes(source.averageRowBytes()) + " x " + decimal(images) + " row image(s) + " + (int) ENVELOPE_BYTES
                        + " B envelope/source block"));

        double mbps = events * eventBytes / 1e6;
        lines.add(new SizingLine("sizing.throughput", "Produce throughput", decimal(mbps) + " MB/s",
                grouped(events) + " events/s x " + bytes(eventBytes)));

        double designMbps = mbps * growth;
        double designEvents = events * growth;
        lines.add(new SizingLine("sizing.design-throughput", "Design throughput (with growth)",
                decimal(designMbps) + " MB/s, " + grouped(designEvents) + " events/s",
                decimal(mbps) + " MB/s x growth " + decimal(growth)));

        double hotShare = source.tableCount() <= 1 ? 1.0 : 0.4;
        Transport transport = input.requirements().noKafka()
                ? nativeDestination(input, designMbps * hotShare, designEvents * hotShare, lines)
                : kafka(input, knowledge, sinks, designMbps, designEvents, hotShare, lines);

        double snapshotHours = source.volumeBytes() / (knowledge.snapshotMegabytesPerSecond() * 1e6) / 3600;
        lines.add(new SizingLine("sizing.snapshot", "Initial snapshot duration", dev.cdcarchitect.domain.Units.hours(snapshotHours),
                bytes(source.volumeBytes()) + " / " + decimal(knowledge.snapshotMegabytesPerSecond()) + " MB/s sustained snapshot read"));

        double logBytesPerSecond = events * source.averageRowBytes() * WAL_AMPLIFICATION;
        // A blocking snapshot is only chosen below 12 h (SnapshotPlan), inside the 24 h outage tolerance, so the
        // outage tolerance alone decides how much log the source must keep.
        double holdHours = OUTAGE_TOLERANCE_HOURS;
        double logGigabytes = logBytesPerSecond * holdHours * 3600 / 1e9;
        lines.add(new SizingLine("sizing.log-retention", "Source " + source.engine().logName() + " to retain",
                decimal(logGigabytes) + " GB",
                bytes(logBytesPerSecond) + "/s log generation (changed bytes x " + decimal(WAL_AMPLIFICATION) + " for record headers, index entries and page images) x "
                        + dev.cdcarchitect.domain.Units.hours(holdHours) + " (connector outage tolerance)"));

        return new Sizing(designEvents, designMbps, transport.hotPartitions(), transport.defaultPartitions(), transport.sinkTasks(),
                transport.workers(), snapshotHours, logGigabytes, lines);
    }

    /** Partitions (or shards), sink tasks and Connect workers; all zero where the transport has none. */
    private record Transport(int hotPartitions, int defaultPartitions, int sinkTasks, int workers) {}

    /** Without Kafka there are no partitions, tasks or brokers to size: only the destination's own capacity unit, if any. */
    private static Transport nativeDestination(DesignInput input, double hotMbps, double hotEvents, List<SizingLine> lines) {
        Optional<DestinationCapacity> capacity = NativeSinkCatalog.of(input.requirements().nativeSink()).capacity(hotMbps, hotEvents);
        capacity.ifPresent(c -> lines.add(c.line()));
        return new Transport(capacity.map(DestinationCapacity::units).orElse(0), 0, 0, 0);
    }

    private static Transport kafka(DesignInput input, SourceKnowledge knowledge, Map<TargetKind, SinkKnowledge> sinks, double designMbps,
                                   double designEvents, double hotShare, List<SizingLine> lines) {
        SourceProfile source = input.source();
        double sinkRate = slowestSinkRate(input.targets(), sinks);
        double hotMbps = designMbps * hotShare;
        double hotEvents = designEvents * hotShare;
        int byProduce = (int) Math.ceil(hotMbps / PARTITION_MB_PER_SECOND);
        int byConsume = (int) Math.ceil(hotEvents / sinkRate);
        int computed = step(Math.max(3, Math.max(byProduce, byConsume)));
        int override = input.requirements().partitionOverride();
        int hotPartitions = override > 0 ? override : computed;
        lines.add(new SizingLine("sizing.partitions", "Partitions, busiest table topic", String.valueOf(hotPartitions)
                + (override > 0 ? " (set by hand; computed: " + computed + ")" : ""),
                "max(t/p, t/c) = max(" + decimal(hotMbps) + " MB/s / " + (int) PARTITION_MB_PER_SECOND + " MB/s, "
                        + grouped(hotEvents) + " ev/s / " + grouped(sinkRate)
                        + " ev/s per sink task) = max(" + byProduce + ", " + byConsume + "), busiest table = "
                        + (int) (hotShare * 100) + "% of changes, rounded up to " + computed + " (min 3)"));

        int otherTables = Math.max(0, source.tableCount() - 1);
        double perOtherTable = otherTables == 0 ? 0 : designEvents * (1 - hotShare) / otherTables;
        int defaultPartitions = step(Math.max(1, (int) Math.ceil(perOtherTable / sinkRate)));
        lines.add(new SizingLine("sizing.partitions-default", "Partitions, other table topics", String.valueOf(defaultPartitions),
                grouped(perOtherTable) + " ev/s per table (" + (int) ((1 - hotShare) * 100) + "% over "
                        + otherTables + " tables) / " + grouped(sinkRate) + " ev/s per task, rounded up"));

        int sinkTasks = hotPartitions;
        boolean server = input.requirements().debeziumServer();
        // With Debezium Server the source task runs in its own process; Connect runs the sinks only.
        int sourceTasks = server || !knowledge.runsOnKafkaConnect() ? 0 : knowledge.singleTask() ? 1 : Math.max(1, source.nodeCount());
        int connectSinks = (int) input.targets().stream().filter(t -> sinks.get(t.kind()).runsOnConnect()).count();
        int totalTasks = sourceTasks + connectSinks * sinkTasks;
        int workers = Math.max(2, (int) Math.ceil(totalTasks / (double) TASKS_PER_WORKER)) + 1;
        lines.add(new SizingLine("sizing.connect-workers", "Kafka Connect workers (4 vCPU)", String.valueOf(workers),
                "max(2, ceil(" + totalTasks + " tasks / " + TASKS_PER_WORKER + " tasks per worker)) + 1 spare; tasks = "
                        + sourceTasks + " source" + (server ? " (it runs in Debezium Server)" : "") + " + " + connectSinks + " sinks x " + sinkTasks));

        lines.add(new SizingLine("sizing.consumer-parallelism", "Consumer parallelism per sink",
                sinkTasks + " tasks/members", "= partitions of the busiest topic; more members than partitions sit idle"));

        int groups = Math.max(1, input.targets().size());
        lines.add(new SizingLine("sizing.cluster-io", "Broker write / network read",
                decimal(designMbps * REPLICATION_FACTOR) + " MB/s written, " + decimal(designMbps * (REPLICATION_FACTOR + groups - 1)) + " MB/s read",
                "W x R = " + decimal(designMbps) + " x " + REPLICATION_FACTOR + "; (R + C - 1) x W with C = " + groups + " consumer groups"));

        int retentionDays = input.requirements().retentionDays();
        double storageBytes = designMbps * 1e6 * 86_400 * retentionDays * REPLICATION_FACTOR * COMPRESSION_RATIO;
        lines.add(new SizingLine("sizing.storage", "Kafka storage for retention", bytes(storageBytes),
                decimal(designMbps) + " MB/s x 86,400 s x " + retentionDays + " d x RF " + REPLICATION_FACTOR
                        + " x " + COMPRESSION_RATIO + " compression (upper bound: sized at peak rate)"));

        return new Transport(hotPartitions, defaultPartitions, sinkTasks, workers);
    }

    private static double slowestSinkRate(List<Target> targets, Map<TargetKind, SinkKnowledge> sinks) {
        double slowest = 10_000; // a plain Kafka consumer when there is no sink
        for (Target t : targets) {
            slowest = Math.min(slowest, sinks.get(t.kind()).eventsPerSecondPerTask());
        }
        return slowest;
    }

    /** Rounds up to a count with many divisors, so consumer counts divide it evenly. */
    static int step(int partitions) {
        for (int s : PARTITION_STEPS) {
            if (s >= partitions) return s;
        }
        return (int) Math.ceil(partitions / 96.0) * 96;
    }
}
