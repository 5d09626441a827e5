package dev.cdcarchitect.bench;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.impact.ImpactAnalyzer;
import dev.cdcarchitect.impact.ImpactInputException;
import dev.cdcarchitect.impact.ImpactReport;
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
 * Warm impact of one schema change on the seed design (issue 17 target: at most 5 ms), with the design itself as the
 * baseline measured in the same run. Run with bench/run.sh; not run by the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImpactBenchmark {

    private final ImpactAnalyzer analyzer = new ImpactAnalyzer();
    private DesignResult.Generated seed;
    private DesignResult.Generated protobufSeed;

    @Setup
    public void designOnce() {
        seed = (DesignResult.Generated) new DesignService().design(GenerationBenchmark.SOURCE, GenerationBenchmark.TARGET);
        protobufSeed = (DesignResult.Generated) new DesignService().design(GenerationBenchmark.SOURCE + " Protobuf serialization.",
                GenerationBenchmark.TARGET);
        if (protobufSeed.input().requirements().schemaFormat() != SchemaFormat.PROTOBUF) throw new IllegalStateException("not a Protobuf design");
    }

    /** A type change: schemas built, Avro's check run on value and key, every sink and the runbook. */
    @Benchmark
    public ImpactReport widenColumn() throws ImpactInputException {
        return analyzer.analyze(seed, "change orders.qty from int to bigint", "");
    }

    /** An expand and contract (a rename): the runbook asks the source and sinks about both halves as well. */
    @Benchmark
    public ImpactReport renameColumn() throws ImpactInputException {
        return analyzer.analyze(seed, "rename column note to remark on orders", "");
    }

    /** The seed's Protobuf variant: .proto texts written and parsed, Apicurio's checker on value and key. */
    @Benchmark
    public ImpactReport widenColumnProtobuf() throws ImpactInputException {
        return analyzer.analyze(protobufSeed, "change orders.qty from int to bigint", "");
    }
}
