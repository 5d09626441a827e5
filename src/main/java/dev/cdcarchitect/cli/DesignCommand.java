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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code design}: one specification from the two texts, to stdout or a file. */
@Command(name = "design", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Design a CDC pipeline from a source database and its targets.",
                "Prints the five-section specification, or exactly {\"error\": \"unsafe\"} for unsafe input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:a specification was produced", "1:internal error", "2:bad input or usage", "3:refused as unsafe"},
        footer = {"%nExample:%n  cdc-architect design --source \"PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.\" \\",
                "      --target \"Confluent Kafka with target sinks to Snowflake and Elasticsearch.\""})
public final class DesignCommand implements Callable<Integer> {

    enum Format { markdown, json }

    // Plain options checked in call(): picocli's ArgGroups cost ~60 ms of start-up for the same check.
    @Option(names = "--source", paramLabel = "TEXT", description = "The source database: engine, version, volume, rates, keys.")
    String sourceText;

    @Option(names = "--source-file", paramLabel = "FILE|-", description = "Read the source text from FILE, or '-' for standard input.")
    String sourceFile;

    @Option(names = "--target", paramLabel = "TEXT", description = "The downstream systems (Kafka platform, sinks, requirements).")
    String targetText;

    @Option(names = "--target-file", paramLabel = "FILE|-", description = "Read the target text from FILE, or '-' for standard input.")
    String targetFile;

    @Option(names = "--format", paramLabel = "markdown|json", defaultValue = "markdown",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        requireExactlyOne("--source", sourceText, "--source-file", sourceFile);
        requireExactlyOne("--target", targetText, "--target-file", targetFile);
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
        String text = format == Format.json ? new DesignJsonWriter().write(result) + "\n"
                : new MarkdownSpecWriter().write(((DesignResult.Generated) result).spec());
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            writeFile(text);
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

    private void writeFile(String text) {
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
