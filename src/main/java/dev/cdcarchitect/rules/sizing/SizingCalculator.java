package dev.cdcarchitect.rules.sizing;

import static dev.cdcarchitect.domain.Units.bytes;
import static dev.cdcarchitect.domain.Units.decimal;
import static dev.cdcarchitect.domain.Units.grouped;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.HotTopic;
import dev.cdcarchitect.domain.Sizing;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.WhatIfEffect;
import dev.cdcarchitect.rules.base.DestinationCapacity;
import dev.cdcarchitect.rules.base.FanOut;
import dev.cdcarchitect.rules.base.SinkKnowledge;
import dev.cdcarchitect.rules.base.SourceKnowledge;
import dev.cdcarchitect.rules.nokafka.NativeSinkCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers behind the design, each with its formula. Planning figures (per-partition and per-task
 * throughput) are stated in the formulas so a reviewer can substitute measured ones.
 */
public final class SizingCalculator {

    static final double ENVELOPE_BYTES = 250;
    static final int REPLICATION_FACTOR = 3;
    static final double COMPRESSION_RATIO = 0.5;
    static final int TASKS_PER_WORKER = 8; // 4 vCPU workers at ~2 tasks per core
    static final double WAL_AMPLIFICATION = 2.0;
    static final double OUTAGE_TOLERANCE_HOURS = 24;

    public Sizing size(DesignInput input, SourceKnowledge knowledge, Map<TargetKind, SinkKnowledge> sinks) {
        SourceProfile source = input.source();
        double growth = input.requirements().growthFactor();
        List<SizingLine> lines = new ArrayList<>();

        double events = source.peakChangesPerSecond();
        WhatIfEffect whatIf = input.whatIf();
        lines.add(new SizingLine("sizing.event-rate", "Peak change events", grouped(events) + " events/s",
                whatIf != null && whatIf.ratesDiffer()
                        ? grouped(whatIf.statedPeakChangesPerSecond()) + " events/s stated x " + String.format(java.util.Locale.ROOT, "%.2f", whatIf.rateFactor())
                                + " what-if = " + grouped(events) + " (section 1 shows the stated rate)"
                        : "row changes/s at peak, as stated or assumed (section 1)"));

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
                decimal(mbps) + " MB/s x growth " + decimal(growth)
                        + (whatIf != null && whatIf.growthDiffers() ? " (what-if; stated " + decimal(whatIf.statedGrowthFactor()) + ")" : "")));

        Transport transport = input.requirements().noKafka()
                ? nativeDestination(input, designMbps, designEvents, lines)
                : kafka(input, knowledge, sinks, designMbps, designEvents, lines);

        double snapshotHours = SnapshotEstimate.blockingHours(input, knowledge, lines);

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
                transport.workers(), snapshotHours, logGigabytes, lines, transport.hotTopics());
    }

    /** Partitions (or shards), sink tasks, Connect workers and hot-table topics; zero/empty where the transport has none. */
    private record Transport(int hotPartitions, int defaultPartitions, int sinkTasks, int workers, List<HotTopic> hotTopics) {}

    /**
     * Without Kafka there are no partitions, tasks or brokers to size: only the destination's own capacity unit, if any,
     * sized for the busiest table (a named hot table's share when the text gives one, else the assumed share).
     */
    private static Transport nativeDestination(DesignInput input, double designMbps, double designEvents, List<SizingLine> lines) {
        double assumedShare = input.source().tableCount() <= 1 ? 1.0 : TopicPartitions.ASSUMED_BUSIEST_SHARE;
        List<HotTables.Share> shares = HotTables.shares(input.facts(), assumedShare);
        double hotShare = shares.isEmpty() ? assumedShare : shares.get(0).share();
        Optional<DestinationCapacity> capacity = NativeSinkCatalog.of(input.requirements().nativeSink())
                .capacity(designMbps * hotShare, designEvents * hotShare);
        capacity.ifPresent(c -> lines.add(c.line()));
        return new Transport(capacity.map(DestinationCapacity::units).orElse(0), 0, 0, 0, List.of());
    }

    private static Transport kafka(DesignInput input, SourceKnowledge knowledge, Map<TargetKind, SinkKnowledge> sinks, double designMbps,
                                   double designEvents, List<SizingLine> lines) {
        SourceProfile source = input.source();
        double sinkRate = slowestSinkRate(input.targets(), sinks);
        TopicPartitions.Result topics = new TopicPartitions(input, designMbps, designEvents, sinkRate).size(lines);
        int hotPartitions = topics.hotPartitions();
        int defaultPartitions = topics.defaultPartitions();

        // One sink task per partition of the busiest topic; a hand-set count below a second hot topic's is raised to it.
        int sinkTasks = topics.hotTopics().stream().mapToInt(t -> t.partitions()).reduce(hotPartitions, Math::max);
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

        int applications = FanOut.applications(input.requirements());
        int groups = Math.max(1, input.targets().size() + applications);
        lines.add(new SizingLine("sizing.cluster-io", "Broker write / network read",
                decimal(designMbps * REPLICATION_FACTOR) + " MB/s written, " + decimal(designMbps * (REPLICATION_FACTOR + groups - 1)) + " MB/s read",
                "W x R = " + decimal(designMbps) + " x " + REPLICATION_FACTOR + "; (R + C - 1) x W with C = " + groups + " consumer groups"
                        + (applications > 0 ? " (" + plural(input.targets().size(), "sink") + " + " + plural(applications, "application") + ")" : "")));
        if (applications > 0) {
            lines.add(new SizingLine("sizing.consumer-egress", "Consumer egress (all groups)", decimal(designMbps * groups) + " MB/s",
                    "C x W = " + groups + " x " + decimal(designMbps) + " MB/s: every consumer group reads every change once"));
        }

        int retentionDays = input.requirements().retentionDays();
        double storageBytes = designMbps * 1e6 * 86_400 * retentionDays * REPLICATION_FACTOR * COMPRESSION_RATIO;
        lines.add(new SizingLine("sizing.storage", "Kafka storage for retention", bytes(storageBytes),
                decimal(designMbps) + " MB/s x 86,400 s x " + retentionDays + " d x RF " + REPLICATION_FACTOR
                        + " x " + COMPRESSION_RATIO + " compression (upper bound: sized at peak rate)"));

        return new Transport(hotPartitions, defaultPartitions, sinkTasks, workers, topics.hotTopics());
    }

    private static double slowestSinkRate(List<Target> targets, Map<TargetKind, SinkKnowledge> sinks) {
        double slowest = 10_000; // a plain Kafka consumer when there is no sink
        for (Target t : targets) {
            slowest = Math.min(slowest, sinks.get(t.kind()).eventsPerSecondPerTask());
        }
        return slowest;
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
