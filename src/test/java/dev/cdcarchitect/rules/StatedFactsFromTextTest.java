package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static dev.cdcarchitect.rules.StatedInputs.line;
import static dev.cdcarchitect.rules.StatedInputs.node;
import static dev.cdcarchitect.rules.StatedInputs.setting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import org.junit.jupiter.api.Test;

/** The same facts written in the texts, read by the intake: the whole path from words to settings and numbers. */
class StatedFactsFromTextTest {

    private static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys. "
            + "The orders table is 1.2 TB and takes 70 % of the writes.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch; 3 microservices also "
            + "consume the topics; a Kafka Streams exactly_once_v2 app computes balances. Snowflake must be fresh within 15 minutes.";

    private static DesignResult.Generated design() {
        return assertInstanceOf(DesignResult.Generated.class, new DesignService().design(SOURCE, TARGET));
    }

    @Test
    void theHotTableFanOutExactlyOnceAndFreshnessAllReachTheDesign() {
        DesignResult.Generated design = design();
        assertEquals("12", line(design, "sizing.partitions").value());
        assertEquals("app.public.orders", node(design, "topic-hot").label());
        assertTrue(line(design, "sizing.cluster-io").formula().endsWith("C = 5 consumer groups (2 sinks + 3 applications)"));
        assertEquals("3 consumer applications (own group each)", node(design, "group-apps").label());
        assertEquals("required", setting(decision(design, "delivery.semantics"), "exactly.once.support"));
        assertEquals("exactly_once_v2", setting(decision(design, "delivery.downstream-exactly-once"), "processing.guarantee"));
        assertEquals("90", setting(decision(design, "sink.snowflake"), "buffer.flush.time"));
        assertTrue(decision(design, "failure.monitoring").statement().contains("app-snowflake-sink consumer lag above 3.8 min"));
    }
}
