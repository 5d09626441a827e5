package dev.cdcarchitect.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Three designs at once: one table with a column per design, changes per design against the baseline. */
class MultiComparisonTest {

    private static final String PG = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch";

    private static MultiComparison.Named named(String name, String source, String target) {
        return new MultiComparison.Named(name, (DesignResult.Generated) new DesignService().design(source, target));
    }

    private final MultiComparison three = MultiComparison.of(List.of(
            named("baseline", PG, TARGET),
            named("protobuf", PG + " Protobuf serialization.", TARGET),
            named("server", PG, TARGET + "; source captured by Debezium Server")));

    private MultiComparison.Row row(String label) {
        return three.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void everyRowHasAValuePerDesignAndIsMarkedWhenAnyDiffers() {
        assertEquals(List.of("baseline", "protobuf", "server"), three.names());
        assertTrue(three.rows().stream().allMatch(r -> r.values().size() == 3));
        assertEquals(List.of("Kafka Connect", "Kafka Connect", "Debezium Server"), row("Source runs on").values());
        assertTrue(row("Source runs on").differs(), "differs in the third design only, still marked");
        assertEquals(List.of(PG, PG + " Protobuf serialization.", PG), row("Source database").values());
        assertTrue(row("Source database").differs());
        assertFalse(row("Peak change events/s").differs(), "the rate is the same in all three");
        assertEquals(row("Peak change events/s").values().get(0), row("Peak change events/s").values().get(2));
    }

    @Test
    void changedDecisionsArePerDesignAgainstTheBaseline() {
        assertTrue(three.changedDecisions(2).contains("engine.debezium-server"));
        assertFalse(three.changedDecisions(1).contains("engine.debezium-server"), "the Protobuf variant runs on Connect");
        assertTrue(three.changedDecisions(1).stream().anyMatch(id -> id.startsWith("schema.")), three.changedDecisions(1).toString());
        assertTrue(three.changedDecisions(0).containsAll(three.changedDecisions(1)) && three.changedDecisions(0).containsAll(three.changedDecisions(2)),
                "the baseline shows every difference");
    }

    @Test
    void theMarkdownHasOneComparisonPerFurtherDesign() {
        String md = three.markdown();
        assertTrue(md.contains("# Design comparison: baseline vs protobuf"));
        assertTrue(md.contains("# Design comparison: baseline vs server"));
        assertTrue(md.indexOf("vs protobuf") < md.indexOf("vs server"), "in order");
    }

    @Test
    void oneDesignIsNotAComparison() {
        assertThrows(IllegalArgumentException.class, () -> MultiComparison.of(List.of(named("only", PG, TARGET))));
    }

    /** Issue 16: the baseline is chosen, not implied by which design was shown; arrows read from it. */
    @Test
    void theChosenBaselineComesFirstAndEveryDiffStartsFromIt() {
        List<MultiComparison.Named> designs = List.of(named("protobuf", PG + " Protobuf serialization.", TARGET), named("baseline", PG, TARGET),
                named("server", PG, TARGET + "; source captured by Debezium Server"));
        MultiComparison chosen = MultiComparison.of(designs, 1);
        assertEquals(List.of("baseline", "protobuf", "server"), chosen.names());
        assertTrue(chosen.diffs().stream().allMatch(d -> d.nameA().equals("baseline")));
        assertEquals(List.of("Kafka Connect", "Kafka Connect", "Debezium Server"), chosen.metricRows().stream()
                .filter(r -> r.label().equals("Source runs on")).findFirst().orElseThrow().values());
        assertTrue(chosen.metricRows().stream().noneMatch(r -> r.label().equals("Source database")), "inputs are shown in full elsewhere");
        assertThrows(IllegalArgumentException.class, () -> MultiComparison.of(designs, 3));
    }
}
