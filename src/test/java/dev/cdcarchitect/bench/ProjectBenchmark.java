package dev.cdcarchitect.bench;

import dev.cdcarchitect.compare.DesignComparator;
import dev.cdcarchitect.compare.DesignDiff;
import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.project.Project;
import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.project.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6's targets (run with bench/project.sh): open and save of a 50-design project (each design with an LLM
 * answer and notes, as a real review project would have), warm; comparing two designs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProjectBenchmark {

    private final ProjectFiles files = new ProjectFiles();
    private Path dir;
    private Path saved;
    private Project project;
    private DesignResult.Generated a;
    private DesignResult.Generated b;

    @Setup
    public void prepare() throws Exception {
        dir = Files.createTempDirectory("cdc-bench");
        List<ProjectDesign> designs = new ArrayList<>();
        String answer = "## 1. CDC Engine Selection & Configuration\n" + "- a decision with rationale and settings\n".repeat(150);
        for (int i = 0; i < 50; i++) {
            designs.add(new ProjectDesign("design " + i, "PostgreSQL 14, " + (i + 1) + " TB, " + (i + 1) + "k TPS, composite keys",
                    "Confluent Kafka with sinks to Snowflake and Elasticsearch", i % 2 == 0 ? "rules" : "llm", 1 + i % 3, 0, 0, answer,
                    "Reviewed on day " + i, null));
        }
        project = new Project(ProjectFiles.FORMAT_VERSION, "bench", Instant.EPOCH, Instant.EPOCH, designs, null);
        saved = dir.resolve("fifty.cdcarch.json");
        files.write(saved, project, "bench", Instant.EPOCH, ProjectFiles.SaveSteps.NONE);
        DesignService engine = new DesignService();
        a = (DesignResult.Generated) engine.design("PostgreSQL 14, 50TB volume, 10k TPS", "Kafka to Snowflake");
        b = (DesignResult.Generated) engine.design("PostgreSQL 14, 50TB volume, 50k TPS, exactly-once", "Kafka to Snowflake and Elasticsearch");
    }

    @TearDown
    public void clean() throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public ProjectFiles.Loaded open50() throws Exception {
        return files.read(saved);
    }

    @Benchmark
    public Path save50() throws Exception {
        files.write(saved, project, "bench", Instant.EPOCH, ProjectFiles.SaveSteps.NONE);
        return saved;
    }

    @Benchmark
    public DesignDiff compareTwo() {
        return new DesignComparator().compare("a", a, "b", b);
    }
}
