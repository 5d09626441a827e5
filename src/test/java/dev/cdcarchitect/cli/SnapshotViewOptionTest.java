package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot --view workbench|diagram} asks the renderer for that view; anything else is refused before rendering. */
class SnapshotViewOptionTest {

    @TempDir
    Path dir;

    private final List<SnapshotRenderer.View> rendered = new ArrayList<>();

    private CliRun snapshot(String... view) {
        List<String> args = new ArrayList<>(List.of("snapshot", "--source", "PostgreSQL 14, 10k TPS", "--target", "Snowflake",
                "--out", dir.resolve("w.png").toString()));
        args.addAll(List.of(view));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CdcArchitectCommand.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                (source, target, png, width, height, v) -> rendered.add(v));
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void theWorkbenchIsTheDefaultAndDiagramMaximisesTheDiagram() {
        assertEquals(0, snapshot().code());
        assertEquals(0, snapshot("--view", "diagram").code());
        assertEquals(0, snapshot("--view", "Workbench").code());
        assertEquals(List.of(SnapshotRenderer.View.WORKBENCH, SnapshotRenderer.View.DIAGRAM, SnapshotRenderer.View.WORKBENCH), rendered);
    }

    @Test
    void anUnknownViewIsRefusedWithTheValuesToUse() throws Exception {
        CliRun run = snapshot("--view", "map");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Invalid value for --view: 'map' (use workbench or diagram)."), run.err());
        assertTrue(rendered.isEmpty(), "nothing rendered");
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "nothing written");
        }
    }
}
