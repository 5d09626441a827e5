package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static dev.cdcarchitect.rules.StatedInputs.line;
import static dev.cdcarchitect.rules.StatedInputs.node;
import static dev.cdcarchitect.rules.StatedInputs.setting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NodeSetting;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.TopologyNode;
import org.junit.jupiter.api.Test;

/** A table named as hot gets its own topic, sized from its share of the rate; its size bounds the snapshot. */
class HotTableSizingTest {

    private static final String SEED_SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String SEED_TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    private static DesignResult.Generated ordersTakes70Percent() {
        return StatedInputs.of(SEED_SOURCE, SEED_TARGET).hotTable("orders", 0.7, 1_200_000_000_000L).design();
    }

    @Test
    void theHotTopicIsSizedFromItsShareOfPeakTimesGrowth() {
        SizingLine hot = line(ordersTakes70Percent(), "sizing.partitions");
        // 0.7 x 10,000 ev/s x growth 2 = 14,000 ev/s over 2,000 ev/s per Elasticsearch task = 7, stepped to 12 (was 6 at the assumed 40%)
        assertEquals("12", hot.value());
        assertEquals("Partitions, app.public.orders (hot table orders)", hot.label());
        assertTrue(hot.formula().contains("orders = 70% of changes (stated): 0.7 x 10,000 ev/s peak x growth 2 = 14,000 ev/s"), hot.formula());
        assertTrue(hot.formula().contains("max(17.8 MB/s / 10 MB/s, 14,000 ev/s / 2,000 ev/s per sink task) = max(2, 7)"), hot.formula());
        assertEquals(12, ordersTakes70Percent().spec().sizing().hotTopicPartitions());
    }

    @Test
    void theOtherTopicsShareTheRest() {
        SizingLine other = line(ordersTakes70Percent(), "sizing.partitions-default");
        assertEquals("1", other.value());
        assertTrue(other.formula().startsWith("122 ev/s per table (30% over 49 tables)"), other.formula());
    }

    @Test
    void sinkTasksAndWorkersFollowTheHotTopic() {
        DesignResult.Generated design = ordersTakes70Percent();
        assertEquals(12, design.spec().sizing().sinkTasksPerConnector());
        // 1 source task + 2 sinks x 12 tasks = 25 tasks: ceil(25 / 8) + 1 spare = 5 workers
        assertEquals("5", line(design, "sizing.connect-workers").value());
    }

    @Test
    void theDiagramShowsTheHotTopicWithItsOwnPartitionsAndTable() {
        TopologyNode hot = node(ordersTakes70Percent(), "topic-hot");
        assertEquals("app.public.orders", hot.label());
        assertEquals(12, hot.partitions());
        assertTrue(hot.settings().contains(new NodeSetting("table", "orders")), hot.settings().toString());
        assertTrue(hot.settings().contains(new NodeSetting("share of changes", "70% (stated)")), hot.settings().toString());
        TopologyNode others = node(ordersTakes70Percent(), "topic-others");
        assertEquals("49 more table topics", others.label());
        assertEquals(1, others.partitions());
    }

    @Test
    void topicCreationGivesTheHotTopicItsOwnGroup() {
        Decision count = decision(ordersTakes70Percent(), "kafka.partition-count");
        assertEquals("orders", setting(count, "topic.creation.groups"));
        assertEquals("app\\.public\\.orders", setting(count, "topic.creation.orders.include"));
        assertEquals("12", setting(count, "topic.creation.orders.partitions"));
        assertEquals("1", setting(count, "topic.creation.default.partitions"));
        assertTrue(count.title().startsWith("12 partitions for app.public.orders"), count.title());
    }

    @Test
    void twoHotTablesEachGetTheirOwnTopic() {
        DesignResult.Generated design = StatedInputs.of(SEED_SOURCE, SEED_TARGET)
                .hotTable("payments", 0.3, null).hotTable("orders", 0.5, null).design();
        // busiest first: orders 10,000 ev/s -> 5 -> 6; payments 6,000 ev/s -> 3
        assertEquals("6", line(design, "sizing.partitions").value());
        assertEquals("Partitions, app.public.orders (hot table orders)", line(design, "sizing.partitions").label());
        assertEquals("3", line(design, "sizing.partitions.payments").value());
        assertEquals(3, node(design, "topic-hot-2").partitions());
        assertEquals("app.public.payments", node(design, "topic-hot-2").label());
        assertEquals("48 more table topics", node(design, "topic-others").label());
        assertTrue(line(design, "sizing.partitions-default").formula().contains("(20% over 48 tables)"));
        assertEquals("orders,payments", setting(decision(design, "kafka.partition-count"), "topic.creation.groups"));
    }

    @Test
    void aHotTableNamedWithoutAShareTakesTheAssumedShareUnderItsName() {
        DesignResult.Generated design = StatedInputs.of(SEED_SOURCE, SEED_TARGET).hotTable("orders", null, null).design();
        SizingLine hot = line(design, "sizing.partitions");
        assertEquals("6", hot.value());
        assertTrue(hot.formula().contains("orders = 40% of changes (assumed: no share stated)"), hot.formula());
    }

    @Test
    void theHotTablesSizeBoundsTheBlockingSnapshot() {
        // 2 TB at 80 MB/s is 6.9 h, but one snapshot thread reads orders alone: 1.2 TB / 20 MB/s = 16.7 h, past the 12 h limit
        DesignResult.Generated design = StatedInputs.of("PostgreSQL 14, 2 TB, 10k TPS", "Kafka to Snowflake")
                .hotTable("orders", null, 1_200_000_000_000L).design();
        SizingLine largest = line(design, "sizing.snapshot-largest-table");
        assertEquals("Largest table snapshot (orders, 1.2 TB)", largest.label());
        assertEquals("16.7 h", largest.value());
        assertEquals("1.2 TB / (80 MB/s / 4 snapshot threads): one thread reads a whole table", largest.formula());
        assertEquals("16.7 h", line(design, "sizing.snapshot").value());
        assertEquals(16.7, design.spec().sizing().snapshotHours(), 0.05);
        assertEquals("no_data", setting(decision(design, "snapshot.strategy"), "snapshot.mode"));
        // a table named only for its size does not get a topic of its own
        assertEquals("Partitions, busiest table topic", line(design, "sizing.partitions").label());
    }
}
