package dev.cdcarchitect.cli;

import dev.cdcarchitect.intake.DesignInputParser;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** The --source/--source-file and --target/--target-file options shared by the commands that take a design. */
final class InputTexts {

    record Texts(String source, String target) {}

    private InputTexts() {}

    static void addTo(CommandSpec spec) {
        spec.addOption(text("--source", "TEXT", "The source database: engine, version, volume, rates, keys."));
        spec.addOption(text("--source-file", "FILE|-", "Read the source text from FILE, or '-' for standard input."));
        spec.addOption(text("--target", "TEXT", "The downstream systems (Kafka platform, sinks, requirements)."));
        spec.addOption(text("--target-file", "FILE|-", "Read the target text from FILE, or '-' for standard input."));
    }

    private static OptionSpec text(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(String.class).description(description).build();
    }

    /** Reads both texts, from the options, files or standard input; usage errors exit 2. */
    static Texts read(CommandSpec spec) {
        CommandLine cli = spec.commandLine();
        String sourceText = ArgumentText.check("--source", "--source-file", spec.findOption("--source").getValue());
        String sourceFile = spec.findOption("--source-file").getValue();
        String targetText = ArgumentText.check("--target", "--target-file", spec.findOption("--target").getValue());
        String targetFile = spec.findOption("--target-file").getValue();
        requireExactlyOne(cli, "--source", sourceText, "--source-file", sourceFile);
        requireExactlyOne(cli, "--target", targetText, "--target-file", targetFile);
        if ("-".equals(sourceFile) && "-".equals(targetFile)) {
            throw new ParameterException(cli, "--source-file and --target-file cannot both read standard input ('-').");
        }
        String source = sourceText != null ? sourceText : TextSource.read(DesignInputParser.SOURCE_FIELD, sourceFile, System.in);
        String target = targetText != null ? targetText : TextSource.read(DesignInputParser.TARGET_FIELD, targetFile, System.in);
        return new Texts(source, target);
    }

    private static void requireExactlyOne(CommandLine cli, String textOption, String text, String fileOption, String file) {
        if (text == null && file == null) {
            throw new ParameterException(cli, "Missing " + textOption + " TEXT or " + fileOption + " FILE.");
        }
        if (text != null && file != null) {
            throw new ParameterException(cli, "Use either " + textOption + " or " + fileOption + ", not both.");
        }
    }
}
