package dev.cdcarchitect.bench;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.DesignExporter;
import dev.cdcarchitect.export.ExportFormat;
import dev.cdcarchitect.export.MarkdownDocumentWriter;
import java.time.LocalDate;
import java.util.Map;
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
 * Warm export times of the seed design (run with bench/export.sh): the Markdown text alone, the whole Markdown
 * export (document + laid-out SVG diagram), the PDF, and the runnable configuration. Rendering only: writing
 * files is the disk's time, not ours.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExportBenchmark {

    private DesignResult.Generated design;
    private final DesignExporter exporter = new DesignExporter();
    private final DesignExporter.Options options = new DesignExporter.Options(dev.cdcarchitect.export.pdf.Paper.A4, LocalDate.of(2026, 11, 26));

    @Setup
    public void design() {
        design = (DesignResult.Generated) new DesignService().design(
                "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
                "Confluent Kafka with target sinks to Snowflake and Elasticsearch.");
    }

    @Benchmark
    public String markdownDocument() {
        return new MarkdownDocumentWriter().write(design, "design.svg", options.date());
    }

    @Benchmark
    public Map<String, byte[]> markdownExportWithSvg() {
        return exporter.render(design, ExportFormat.MARKDOWN, "design.md", options);
    }

    @Benchmark
    public Map<String, byte[]> pdf() {
        return exporter.render(design, ExportFormat.PDF, "design.pdf", options);
    }

    @Benchmark
    public Map<String, byte[]> configs() {
        return exporter.render(design, ExportFormat.CONFIGS, "config", options);
    }
}
