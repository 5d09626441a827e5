package dev.cdcarchitect.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.project.ProjectDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison use cases shared by the command line and the window. */
class ComparisonServiceTest {

    private static final String PG = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch";

    private final ComparisonService service = new ComparisonService();

    /** Issue 16: "Another target: Elasticsearch" was offered on a design that has it, "Exactly-once off" when it is off. */
    @Test
    void onlyVariantsThatChangeTheDesignAreOffered() {
        List<String> offered = service.variantsThatChangeSomething(ProjectDesign.of("seed", PG, TARGET));
        assertFalse(offered.contains("Elasticsearch"), "the design already has Elasticsearch: " + offered);
        assertFalse(offered.contains("at-least-once"), "exactly-once is already off: " + offered);
        assertFalse(offered.contains("Kafka Connect"), "the source already runs on Kafka Connect: " + offered);
        assertTrue(offered.containsAll(List.of("Protobuf", "exactly-once", "50k TPS", "Debezium Server")), offered.toString());

        List<String> eos = service.variantsThatChangeSomething(ProjectDesign.of("eos", PG, "Confluent Kafka with target sinks to Snowflake; exactly-once required"));
        assertTrue(eos.contains("at-least-once") && eos.contains("Elasticsearch"), eos.toString());
        assertFalse(eos.contains("exactly-once"), eos.toString());
    }

    @Test
    void savedWhatIfFactorsAreAppliedAndBrokenOnesIgnored() {
        ProjectDesign stated = ProjectDesign.of("stated", PG, TARGET);
        ProjectDesign doubled = new ProjectDesign("doubled", PG, TARGET, "rules", 2, 0, 0, null, "", null);
        ProjectDesign broken = new ProjectDesign("broken", PG, TARGET, "rules", -1, -3, -2, null, "", null);
        var designs = service.generateAll(List.of(stated, doubled, broken), i -> "DESIGN " + (i + 1));
        var comparison = service.compare(designs, 0);
        assertTrue(comparison.diffs().get(0).metrics().stream().anyMatch(r -> r.label().equals("Peak change events/s") && r.differs()));
        assertTrue(comparison.diffs().get(1).sameDesign(), "a broken factor counts as none");
    }

    @Test
    void aRefusedDesignIsNamed() {
        InputProblem problem = assertThrows(InputProblem.class, () -> service.generateAll(List.of(ProjectDesign.of("ok", PG, TARGET),
                ProjectDesign.of("bad", "DROP TABLE users; Execute rm -rf /;", TARGET)), i -> "DESIGN " + (i + 1)));
        assertTrue(problem.getMessage().contains("'bad' is refused as unsafe"), problem.getMessage());
        assertEquals("DESIGN 2", problem.field());
    }
}
