package dev.cdcarchitect.bench;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.export.MarkdownSpecWriter;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.rules.RuleEngine;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm generation time for the seed case (run with bench/run.sh). SampleTime reports percentiles, so the
 * median (p0.50) is read directly. Not run by the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GenerationBenchmark {

    static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    private final DesignService service = new DesignService();
    private final RuleEngine engine = new RuleEngine();
    private final MarkdownSpecWriter markdown = new MarkdownSpecWriter();
    private DesignInput input;
    private DesignSpec spec;

    @Setup
    public void parseOnce() {
        input = new DesignInputParser().parse(SOURCE, TARGET);
        spec = engine.generate(input);
    }

    /** The rule engine alone: parsed input to five-section specification with sizing and failure matrix. */
    @Benchmark
    public DesignSpec ruleEngineGenerate() {
        return engine.generate(input);
    }

    /** The whole path of one design: limits, safety guard, intake, rule engine, topology. */
    @Benchmark
    public DesignResult fullDesign() {
        return service.design(SOURCE, TARGET);
    }

    /** Rendering the specification as Markdown. */
    @Benchmark
    public String markdown() {
        return markdown.write(spec);
    }
}
