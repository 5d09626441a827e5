package dev.cdcarchitect.cli;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.export.MarkdownSpecWriter;
import dev.cdcarchitect.project.DesignJsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
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
        InputTexts.addTo(spec);
        spec.addOption(OptionSpec.builder("--input").paramLabel("FILE[#NAME]").type(String.class)
                .description("Read the two texts from a design file (--format json) or a project (#NAME picks the design).").build());
        spec.addOption(OptionSpec.builder("--format").paramLabel("markdown|json").type(String.class).defaultValue("markdown")
                .completionCandidates(java.util.List.of("markdown", "json"))
                .description("Output format: markdown or json (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--out").paramLabel("FILE").type(Path.class)
                .description("Write to FILE (atomically) instead of standard output.").build());
        LlmOptions.addTo(spec);
        spec.addOption(OptionSpec.builder("--fallback").paramLabel("rules").type(String.class)
                .description("With --engine llm: if the LLM fails, or the model refuses an input the safety guard passed, print the rule engine's specification (exit 0, warning on stderr).").build());
        HelpOptions.addTo(spec);
        return spec;
    }

    private static java.util.Map<String, String> exitCodes() {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put(String.valueOf(ExitCodes.SPEC), "a specification was produced");
        codes.put(String.valueOf(ExitCodes.INTERNAL_ERROR), "internal error");
        codes.put(String.valueOf(ExitCodes.BAD_INPUT), "bad input or usage");
        codes.put(String.valueOf(ExitCodes.REFUSED), "refused as unsafe");
        codes.put(String.valueOf(ExitCodes.LLM_FAILED), "--engine llm: the LLM failed or its answer failed a check (no --fallback)");
        return codes;
    }

    @Override
    public Integer call() throws IOException {
        String format = spec.findOption("--format").getValue();
        Path out = spec.findOption("--out").getValue();
        if (!format.equals("markdown") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --format: '" + format + "' (use markdown or json).");
        }
        InputTexts.Texts texts = textsFrom(spec);
        if (LlmOptions.useLlm(spec)) {
            if (format.equals("json")) throw new ParameterException(spec.commandLine(), "--format json is for the rule engine; the LLM answers in Markdown.");
            return new LlmDesignRun(spec, out).run(texts, System.getenv(), spec.findOption("--fallback").getValue());
        }
        DesignResult result = new DesignService().design(texts.source(), texts.target());
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

    /** The texts from --input, or from --source/--target (and their file forms), never both. */
    static InputTexts.Texts textsFrom(CommandSpec spec) {
        String input = spec.findOption("--input").getValue();
        if (input == null) return InputTexts.read(spec);
        for (String option : new String[] {"--source", "--source-file", "--target", "--target-file"}) {
            if (spec.findOption(option).getValue() != null) {
                throw new ParameterException(spec.commandLine(), "Use either --input or " + option + ", not both.");
            }
        }
        try {
            var design = new dev.cdcarchitect.project.DesignFileReader().read(input);
            return new InputTexts.Texts(design.sourceText(), design.targetText());
        } catch (dev.cdcarchitect.project.ProjectFileException e) {
            throw new InputProblem("--input", e.getMessage(), "Give a file written by design --format json or a .cdcarch.json project.");
        }
    }

    static void writeFile(Path out, String text) {
        OutputFile.checkWritable(out);
        try {
            OutputFile.write(out, text);
        } catch (IOException e) {
            throw new InputProblem("--out", "cannot write '" + out + "' (" + OutputFile.describe(e) + ").",
                    "Check that the folder is writable and has space.");
        }
    }
}
