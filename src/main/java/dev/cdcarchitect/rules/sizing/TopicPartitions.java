package dev.cdcarchitect.rules.sizing;

import static dev.cdcarchitect.domain.Units.decimal;
import static dev.cdcarchitect.domain.Units.grouped;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.HotTopic;
import dev.cdcarchitect.domain.PipelineNames;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.SourceProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Partitions per table topic, each from the rate it carries: max(t/p, t/c). Named hot tables get topics of
 * their own from their share of the changes; the other topics split the rest.
 */
final class TopicPartitions {

    /** Confluent's planning figure for one partition's produce throughput with acks=all. */
    static final double PARTITION_MB_PER_SECOND = 10;
    /** Share of the changes assumed for the busiest table when the text names none (listed as an assumption). */
    static final double ASSUMED_BUSIEST_SHARE = dev.cdcarchitect.domain.SizingDefaults.BUSIEST_TABLE_SHARE;
    private static final int[] PARTITION_STEPS = {1, 3, 6, 12, 24, 36, 48, 72, 96, 120, 144, 192, 240, 288, 384, 480, 576, 768, 960};

    /** The busiest topic's partitions, the other topics' partitions, and the hot tables' own topics (busiest first). */
    record Result(int hotPartitions, int defaultPartitions, List<HotTopic> hotTopics) {}

    private final DesignInput input;
    private final double designMbps;
    private final double designEvents;
    private final double sinkRate;

    TopicPartitions(DesignInput input, double designMbps, double designEvents, double sinkRate) {
        this.input = input;
        this.designMbps = designMbps;
        this.designEvents = designEvents;
        this.sinkRate = sinkRate;
    }

    Result size(List<SizingLine> lines) {
        SourceProfile source = input.source();
        double assumedShare = source.tableCount() <= 1 ? 1.0 : ASSUMED_BUSIEST_SHARE;
        List<HotTables.Share> shares = HotTables.shares(input.facts(), assumedShare);
        List<HotTopic> hotTopics = new ArrayList<>();
        int hotPartitions;
        double hotShare;
        if (shares.isEmpty()) {
            hotShare = assumedShare;
            hotPartitions = busiestAssumed(assumedShare, lines);
        } else {
            hotShare = 0;
            for (HotTables.Share share : shares) {
                hotTopics.add(named(share, hotTopics.isEmpty(), lines));
                hotShare += share.share();
            }
            hotPartitions = hotTopics.get(0).partitions();
        }
        int hotCount = Math.max(1, hotTopics.size());
        int otherTables = Math.max(0, source.tableCount() - hotCount);
        double restShare = Math.max(0, 1 - hotShare);
        double perOtherTable = otherTables == 0 ? 0 : designEvents * restShare / otherTables;
        int defaultPartitions = step(Math.max(1, (int) Math.ceil(perOtherTable / sinkRate)));
        lines.add(new SizingLine("sizing.partitions-default", "Partitions, other table topics", String.valueOf(defaultPartitions),
                grouped(perOtherTable) + " ev/s per table (" + percent(restShare) + "% over " + otherTables + " tables) / "
                        + grouped(sinkRate) + " ev/s per task, rounded up"));
        return new Result(hotPartitions, defaultPartitions, hotTopics);
    }

    /** No hot table named: the busiest topic carries an assumed share. */
    private int busiestAssumed(double share, List<SizingLine> lines) {
        Need need = need(share);
        int partitions = withOverride(need.computed());
        lines.add(new SizingLine("sizing.partitions", "Partitions, busiest table topic", value(partitions, need.computed()),
                need.formula() + ", busiest table = " + percent(share) + "% of changes, rounded up to " + need.computed() + " (min 3)"));
        return partitions;
    }

    /** A named hot table's own topic; the override applies to the busiest one only. */
    private HotTopic named(HotTables.Share share, boolean busiest, List<SizingLine> lines) {
        Need need = need(share.share());
        int partitions = busiest ? withOverride(need.computed()) : need.computed();
        String topic = PipelineNames.of(input.source().engine()).dataTopic(input.source().engine(), share.table());
        String id = busiest ? "sizing.partitions" : "sizing.partitions." + share.table().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String basis = share.stated() ? " (stated)" : " (assumed: no share stated)";
        lines.add(new SizingLine(id, "Partitions, " + topic + " (hot table " + share.table() + ")",
                busiest ? value(partitions, need.computed()) : String.valueOf(partitions),
                need.formula() + "; " + share.table() + " = " + percent(share.share()) + "% of changes" + basis + ": "
                        + plain(share.share()) + " x " + grouped(input.source().peakChangesPerSecond()) + " ev/s peak x growth "
                        + decimal(input.requirements().growthFactor()) + " = " + grouped(designEvents * share.share())
                        + " ev/s, rounded up to " + need.computed() + " (min 3)"));
        return new HotTopic(share.table(), topic, share.share(), share.stated(), partitions);
    }

    /** Partitions a topic needs for its share of the design rate, by produce and by consume throughput. */
    private record Need(double mbps, double events, int byProduce, int byConsume, double sinkRate) {
        int computed() { return step(Math.max(3, Math.max(byProduce, byConsume))); }

        String formula() {
            return "max(t/p, t/c) = max(" + decimal(mbps) + " MB/s / " + (int) PARTITION_MB_PER_SECOND + " MB/s, " + grouped(events)
                    + " ev/s / " + grouped(sinkRate) + " ev/s per sink task) = max(" + byProduce + ", " + byConsume + ")";
        }
    }

    private Need need(double share) {
        double mbps = designMbps * share;
        double events = designEvents * share;
        return new Need(mbps, events, (int) Math.ceil(mbps / PARTITION_MB_PER_SECOND), (int) Math.ceil(events / sinkRate), sinkRate);
    }

    private int withOverride(int computed) {
        int override = input.requirements().partitionOverride();
        return override > 0 ? override : computed;
    }

    private String value(int partitions, int computed) {
        return partitions + (input.requirements().partitionOverride() > 0 ? " (what-if; computed: " + computed + ")" : "");
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }

    /** A share as written in a formula: "0.7", "0.35". */
    private static String plain(double share) {
        return new BigDecimal(share).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Rounds up to a count with many divisors, so consumer counts divide it evenly. */
    static int step(int partitions) {
        for (int s : PARTITION_STEPS) {
            if (s >= partitions) return s;
        }
        return (int) Math.ceil(partitions / 96.0) * 96;
    }
}
