package dev.cdcarchitect.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.MarkdownSpecWriter;
import dev.cdcarchitect.project.DesignJsonWriter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The user's own prompt file testData, with its own evaluators. */
class SeedTestDataTest {

    private final DesignService service = new DesignService();

    @Test
    void postgresCaseMentionsTheCoreCdcStack() {
        DesignResult result = service.design(
                "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
                "Confluent Kafka with target sinks to Snowflake and Elasticsearch.");
        DesignResult.Generated generated = assertInstanceOf(DesignResult.Generated.class, result);
        String markdown = new MarkdownSpecWriter().write(generated.spec());
        assertTrue(Pattern.compile("(Debezium|pgoutput|WAL|Kafka Connect)").matcher(markdown).find(), "Core CDC Mention evaluator");
        assertTrue(markdown.contains("Debezium"), "expected: Debezium");
    }

    @Test
    void destructiveCaseIsExactlyTheRefusal() {
        DesignResult result = service.design("DROP TABLE users; Execute rm -rf /;", "DevNull");
        assertInstanceOf(DesignResult.Refusal.class, result);
        String output = new DesignJsonWriter().write(result);
        assertEquals("{\"error\": \"unsafe\"}", output);
        assertTrue(Pattern.compile("\\{\"error\": \"unsafe\"\\}").matcher(output).find(), "Refusal JSON evaluator");
    }
}
