package dev.cdcarchitect.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An LLM answer kept in a project is inert both when a hostile file is opened and when a project is saved. */
@Tag("adversarial")
class InertProjectAnswerTest {

    static final String HOSTILE = "## 1. CDC Engine\n<script>alert(1)</script>\n\n![p](https://evil.example/p.png) [x](javascript:alert(2))\n";

    @TempDir
    Path dir;

    private static void assertInert(String answer) {
        assertFalse(answer.contains("<script"), answer);
        assertFalse(answer.contains("](https://evil.example/p.png)"), answer);
        assertFalse(answer.contains("](javascript:"), answer);
        assertTrue(answer.startsWith("## 1. CDC Engine\n"), answer);
    }

    @Test
    void aHostileAnswerInAnOpenedProjectIsMadeInert() throws Exception {
        String json = """
                {"formatVersion": 1, "appVersion": "x", "designs": [{"name": "d", "sourceText": "s", "targetText": "t",
                 "llmAnswer": %s}]}""".formatted(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(HOSTILE));
        Path file = Files.writeString(dir.resolve("p.cdcarch.json"), json);
        ProjectDesign loaded = new ProjectFiles().read(file).project().designs().get(0);
        assertInert(loaded.llmAnswer());
    }

    @Test
    void aSavedProjectHoldsOnlyTheInertAnswer() throws Exception {
        ProjectDesign design = new ProjectDesign("d", "s", "t", "llm", 1, 0, 0, HOSTILE, "", null);
        Project project = new Project(1, "x", Instant.EPOCH, Instant.EPOCH, List.of(design), null);
        String saved = new String(new ProjectFiles().serialise(project, "x", Instant.EPOCH), StandardCharsets.UTF_8);
        assertFalse(saved.contains("<script") || saved.contains("\\u003Cscript"), saved);
        assertFalse(saved.contains("](javascript:"), saved);
        assertFalse(saved.contains("](https://evil.example/p.png)"), saved);
    }
}
