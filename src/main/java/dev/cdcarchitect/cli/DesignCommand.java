package dev.cdcarchitect.cli;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.export.MarkdownSpecWriter;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.project.DesignJsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code design}: one specification from the two texts, to stdout or a file. The command is declared with
 * picocli's programmatic API: annotation scanning costs about a quarter of the CLI's start-up time.
 */
public final class DesignCommand implements Callable<Integer> {

    private CommandSpec spec;

    static CommandSpec spec() {
        DesignCommand command = new DesignCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        command.spec = spec;
        spec.name("design");
        spec.usageMessage()
                .description("Design a CDC pipeline from a source database and its targets.",
                        "Prints the five-section specification, or exactly {\"error\": \"unsafe\"} for unsafe input.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes())
                .footer("%nExample:%n  cdc-architect design --source \"PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.\" \\",
                        "      --target \"Confluent Kafka with target sinks to Snowflake and Elasticsearch.\"")
                .sortOptions(false);
        spec.addOption(text("--source", "TEXT", "The source database: engine, version, volume, rates, keys."));
        spec.addOption(text("--source-file", "FILE|-", "Read the source text from FILE, or '-' for standard input."));
        spec.addOption(text("--target", "TEXT", "The downstream systems (Kafka platform, sinks, requirements)."));
        spec.addOption(text("--target-file", "FILE|-", "Read the target text from FILE, or '-' for standard input."));
        spec.addOption(OptionSpec.builder("--format").paramLabel("markdown|json").type(String.class).defaultValue("markdown")
                .completionCandidates(java.util.List.of("markdown", "json"))
                .description("Output format: markdown or json (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--out").paramLabel("FILE").type(Path.class)
                .description("Write to FILE (atomically) instead of standard output.").build());
        HelpOptions.addTo(spec);
        return spec;
    }

    private static java.util.Map<String, String> exitCodes() {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put(String.valueOf(ExitCodes.SPEC), "a specification was produced");
        codes.put(String.valueOf(ExitCodes.INTERNAL_ERROR), "internal error");
        codes.put(String.valueOf(ExitCodes.BAD_INPUT), "bad input or usage");
        codes.put(String.valueOf(ExitCodes.REFUSED), "refused as unsafe");
        return codes;
    }

    private static OptionSpec text(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(String.class).description(description).build();
    }

    @Override
    public Integer call() throws IOException {
        String sourceText = spec.findOption("--source").getValue();
        String sourceFile = spec.findOption("--source-file").getValue();
        String targetText = spec.findOption("--target").getValue();
        String targetFile = spec.findOption("--target-file").getValue();
        String format = spec.findOption("--format").getValue();
        Path out = spec.findOption("--out").getValue();
        requireExactlyOne("--source", sourceText, "--source-file", sourceFile);
        requireExactlyOne("--target", targetText, "--target-file", targetFile);
        if (!format.equals("markdown") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --format: '" + format + "' (use markdown or json).");
        }
        if ("-".equals(sourceFile) && "-".equals(targetFile)) {
            throw new ParameterException(spec.commandLine(), "--source-file and --target-file cannot both read standard input ('-').");
        }
        String source = sourceText != null ? sourceText : TextSource.read(DesignInputParser.SOURCE_FIELD, sourceFile, System.in);
        String target = targetText != null ? targetText : TextSource.read(DesignInputParser.TARGET_FIELD, targetFile, System.in);
        DesignResult result = new DesignService().design(source, target);
        PrintWriter stdout = spec.commandLine().getOut();
        if (result instanceof DesignResult.Refusal) {
            stdout.print(DesignResult.REFUSAL_JSON);
            stdout.flush();
            return ExitCodes.REFUSED;
        }
        String text = format.equals("json") ? new DesignJsonWriter().write(result) + "\n"
                : new MarkdownSpecWriter().write(((DesignResult.Generated) result).spec());
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            writeFile(out, text);
        }
        return ExitCodes.SPEC;
    }

    private void requireExactlyOne(String textOption, String text, String fileOption, String file) {
        if (text == null && file == null) {
            throw new ParameterException(spec.commandLine(), "Missing " + textOption + " TEXT or " + fileOption + " FILE.");
        }
        if (text != null && file != null) {
            throw new ParameterException(spec.commandLine(), "Use either " + textOption + " or " + fileOption + ", not both.");
        }
    }

    private static void writeFile(Path out, String text) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputProblem("--out", "folder '" + parent + "' does not exist.", "Create it or choose another path.");
        }
        if (Files.isDirectory(out)) {
            throw new InputProblem("--out", "'" + out + "' is a directory.", "Give a file name.");
        }
        try {
            OutputFile.write(out, text);
        } catch (IOException e) {
            throw new InputProblem("--out", "cannot write '" + out + "' (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").",
                    "Check that the folder is writable.");
        }
    }
}
