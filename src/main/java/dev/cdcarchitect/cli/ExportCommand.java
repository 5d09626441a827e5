package dev.cdcarchitect.cli;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.export.DesignExporter;
import dev.cdcarchitect.export.ExportFormat;
import dev.cdcarchitect.export.ForeignFolderException;
import dev.cdcarchitect.export.document.SourceDateEpoch;
import dev.cdcarchitect.export.kubernetes.KubernetesOptions;
import dev.cdcarchitect.export.pdf.Paper;
import dev.cdcarchitect.export.pdf.PdfFontPreloader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** {@code export}: the design as a review document, a diagram, or a folder of runnable configuration. */
final class ExportCommand implements Callable<Integer> {

    private static final String FORMATS = "markdown|pdf|png|svg|mermaid|dot|configs|monitoring|runbook|kubernetes";

    private CommandSpec spec;

    static CommandSpec spec() {
        ExportCommand command = new ExportCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        command.spec = spec;
        spec.name("export");
        spec.usageMessage()
                .description("Export the design: Markdown (with an SVG diagram beside it), PDF, the diagram alone (PNG, SVG,",
                        "Mermaid, DOT), or a folder of runnable configuration (Kafka Connect JSON, topics.json,",
                        "worker.properties, Strimzi YAML), or a monitoring folder (Prometheus alerting rules with thresholds",
                        "from the design, a runbook, a Grafana dashboard, the JMX exporter config), or the cutover and",
                        "reconciliation runbook as Markdown (phases with entry/exit criteria from the sizing, and row-count,",
                        "key-range hash and deleted-row queries for the source and each SQL target), or Kubernetes manifests",
                        "(Strimzi kafka.strimzi.io/v1 KafkaConnect with the plugin build, KafkaConnectors, KafkaTopics where a",
                        "Strimzi topic operator runs, Secret templates; the Debezium Operator's DebeziumServer; also inside",
                        "configs as kubernetes/), applied with kubectl apply -f. Every file is written",
                        "atomically; an unsafe input writes nothing.",
                        "An existing folder is replaced only if it is empty or an earlier export (it has a .cdc-architect-export file).")
                .footer("%nExample:%n  cdc-architect export --source \"PostgreSQL 14, 50TB, 10k TPS\" --target \"Kafka to Snowflake\" \\",
                        "      --format pdf --out review.pdf --paper letter")
                .sortOptions(false);
        InputTexts.addTo(spec);
        spec.addOption(OptionSpec.builder("--format").paramLabel(FORMATS).type(String.class).required(true)
                .completionCandidates(Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName).toList())
                .description("What to write.").build());
        spec.addOption(OptionSpec.builder("--out").paramLabel("PATH").type(Path.class).required(true)
                .description("The file to write (for configs, monitoring and kubernetes: the folder).").build());
        spec.addOption(OptionSpec.builder("--namespace").paramLabel("NAME").type(String.class).defaultValue(KubernetesOptions.DEFAULTS.namespace())
                .description("Kubernetes namespace of the manifests (kubernetes, configs; default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--kafka-cluster").paramLabel("NAME").type(String.class).defaultValue(KubernetesOptions.DEFAULTS.kafkaCluster())
                .description("Name of the Strimzi Kafka resource the topics belong to (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--paper").paramLabel("a4|letter").type(String.class).defaultValue("a4")
                .description("PDF page size (default: ${DEFAULT-VALUE}).").build());
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        ExportFormat format = format(spec.findOption("--format").getValue());
        Paper paper = paper(spec.findOption("--paper").getValue());
        Path out = spec.findOption("--out").getValue();
        KubernetesOptions kubernetes = kubernetes(spec.findOption("--namespace").getValue(), spec.findOption("--kafka-cluster").getValue());
        if (format == ExportFormat.PDF) PdfFontPreloader.start();
        if (format.isFolder()) OutputFile.checkWritableFolder(out);
        else OutputFile.checkWritable(out);
        InputTexts.Texts texts = InputTexts.read(spec);
        DesignResult result = new DesignService().design(texts.source(), texts.target());
        PrintWriter stdout = spec.commandLine().getOut();
        if (result instanceof DesignResult.Refusal) {
            stdout.print(DesignResult.REFUSAL_JSON);
            stdout.flush();
            return ExitCodes.REFUSED;
        }
        try {
            new DesignExporter().export((DesignResult.Generated) result, format, out, new DesignExporter.Options(paper, SourceDateEpoch.today(), kubernetes));
        } catch (ForeignFolderException e) {
            throw new InputProblem("--out", e.getMessage(), e.hint());
        } catch (IOException e) {
            // The outcome is what the write found on disk afterwards, so "nothing was replaced" is said only when true.
            throw new InputProblem("--out", "cannot write '" + out + "' (" + OutputFile.describe(e) + ").",
                    "Check that the folder is writable and has space, then export again.");
        }
        stdout.println("Wrote " + out + (format == ExportFormat.MARKDOWN ? " and its diagram " + svgBeside(out) : ""));
        return ExitCodes.SPEC;
    }

    private static String svgBeside(Path md) {
        String name = md.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return md.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".svg").toString();
    }

    private ExportFormat format(String value) {
        for (ExportFormat f : ExportFormat.values()) {
            if (f.cliName().equals(value.toLowerCase(Locale.ROOT))) return f;
        }
        throw new ParameterException(spec.commandLine(), "Invalid value for --format: '" + value + "' (use " + FORMATS + ").");
    }

    private KubernetesOptions kubernetes(String namespace, String kafkaCluster) {
        try {
            return new KubernetesOptions(namespace, kafkaCluster);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --namespace or --kafka-cluster: " + e.getMessage() + ".");
        }
    }

    private Paper paper(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "a4" -> Paper.A4;
            case "letter" -> Paper.LETTER;
            default -> throw new ParameterException(spec.commandLine(), "Invalid value for --paper: '" + value + "' (use a4 or letter).");
        };
    }
}
