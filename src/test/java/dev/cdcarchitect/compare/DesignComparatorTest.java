package dev.cdcarchitect.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SpecSection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known pairs: identical designs, a rate change, exactly-once on/off, an added target. */
class DesignComparatorTest {

    private static DesignResult.Generated design(String source, String target) {
        return (DesignResult.Generated) new DesignService().design(source, target);
    }

    private static DesignDiff.Row metric(DesignDiff diff, String label) {
        return diff.metrics().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<DesignDiff.DecisionChange> changes(DesignDiff diff, SpecSection section) {
        return diff.sections().stream().filter(s -> s.section() == section).findFirst().orElseThrow().changes();
    }

    @Test
    void aDesignEqualsItself() {
        DesignResult.Generated a = design("PostgreSQL 14, 2 TB, 1k TPS", "Kafka to Snowflake");
        assertTrue(new DesignComparator().compare("a", a, "b", a).identical());
    }

    @Test
    void tenVersusFiftyThousandTpsChangesPartitionsWorkersAndSettings() {
        DesignDiff diff = new DesignComparator().compare("10k", design("PostgreSQL 14, 50TB volume, 10k TPS", "Kafka to Snowflake"),
                "50k", design("PostgreSQL 14, 50TB volume, 50k TPS", "Kafka to Snowflake"));
        assertTrue(diff.inputs().get(0).differs());
        assertFalse(diff.inputs().get(1).differs());
        assertEquals("20,000", metric(diff, "Peak change events/s").a());
        assertEquals("100,000", metric(diff, "Peak change events/s").b());
        assertTrue(metric(diff, "Partitions, busiest table topic").differs());
        assertFalse(metric(diff, "Delivery guarantee").differs());
        DesignDiff.DecisionChange partitions = changes(diff, SpecSection.TOPOLOGY).stream()
                .filter(c -> c.id().equals("kafka.partition-count")).findFirst().orElseThrow();
        assertEquals(DesignDiff.Kind.CHANGED, partitions.kind());
        assertTrue(partitions.config().stream().anyMatch(c -> c.key().equals("topic.creation.hot.partitions") && !c.a().equals(c.b())),
                partitions.config().toString());
    }

    @Test
    void exactlyOnceAddsSettingsAndChangesTheGuarantee() {
        DesignDiff diff = new DesignComparator().compare("alo", design("PostgreSQL 14, 2 TB, 1k TPS", "Kafka to Snowflake"),
                "eos", design("PostgreSQL 14, 2 TB, 1k TPS", "Kafka to Snowflake; exactly-once required"));
        assertEquals("EXACTLY_ONCE", metric(diff, "Delivery guarantee").b());
        var semantics = diff.sections().stream().flatMap(s -> s.changes().stream()).filter(c -> c.id().equals("delivery.semantics"))
                .findFirst().orElseThrow();
        assertTrue(semantics.config().stream().anyMatch(c -> c.key().equals("exactly.once.support") && c.a() == null && c.b().equals("required")),
                semantics.config().toString());
    }

    @Test
    void anotherTargetAddsItsSinkDecisions() {
        DesignDiff diff = new DesignComparator().compare("one", design("PostgreSQL 14, 2 TB, 1k TPS", "Kafka to Snowflake"),
                "two", design("PostgreSQL 14, 2 TB, 1k TPS", "Kafka to Snowflake and Elasticsearch"));
        assertEquals("1 + 2", metric(diff, "Connectors (source + sinks)").b());
        assertTrue(diff.sections().stream().flatMap(s -> s.changes().stream())
                .anyMatch(c -> c.kind() == DesignDiff.Kind.ADDED && c.id().equals("sink.elasticsearch")), "the Elasticsearch sink is added");
        String md = new DiffMarkdownWriter().write(diff);
        assertTrue(md.contains("**Added in two** `sink.elasticsearch`"), md);
        assertTrue(new DiffJsonWriter().write(diff).contains("\"kind\" : \"ADDED\""));
    }
}
