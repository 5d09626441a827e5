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

    /**
     * Issue 16: connect.cluster and mysql.binlog-retention were listed as "changed" with no values, because only their
     * statements differ and only setting changes carried values. Every changed decision now carries before/after runs.
     */
    @Test
    void everyChangedDecisionCarriesItsBeforeAndAfterValues() {
        DesignDiff diff = new DesignComparator().compare("3k", design("MySQL 8.0 on RDS, 2 TB, 3k TPS, 200 tables", "Kafka to Snowflake"),
                "50k", design("MySQL 8.0 on RDS, 2 TB, 50k TPS, 200 tables", "Kafka to Snowflake and Elasticsearch; exactly-once required"));
        List<DesignDiff.DecisionChange> changed = diff.sections().stream().flatMap(s -> s.changes().stream())
                .filter(c -> c.kind() == DesignDiff.Kind.CHANGED).toList();
        assertTrue(changed.size() > 3, changed.toString());
        for (DesignDiff.DecisionChange c : changed) {
            assertTrue(!c.wording().isEmpty() || !c.config().isEmpty(), c.id() + " changed without values");
            c.wording().forEach(w -> assertTrue(!w.a().equals(w.b()), c.id() + ": " + w));
        }
        DesignDiff.DecisionChange cluster = changed.stream().filter(c -> c.id().equals("connect.cluster")).findFirst().orElseThrow();
        assertTrue(cluster.wording().contains(new WordDiff.Change("of 3 workers", "of 8 workers")), cluster.wording().toString());
        DesignDiff.DecisionChange binlog = changed.stream().filter(c -> c.id().equals("mysql.binlog-retention")).findFirst().orElseThrow();
        assertTrue(binlog.wording().stream().anyMatch(w -> w.a().contains("530.8") && w.b().contains("8,847.4")), binlog.wording().toString());
        String md = new DiffMarkdownWriter().write(diff);
        assertTrue(md.contains("  - “of 3 workers” → “of 8 workers”"), md);
    }

    @Test
    void aChangeWithoutValuesCannotBeMade() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DesignDiff.DecisionChange(
                DesignDiff.Kind.CHANGED, "connect.cluster", "t", "same", "same", List.of(), List.of()));
    }
}
