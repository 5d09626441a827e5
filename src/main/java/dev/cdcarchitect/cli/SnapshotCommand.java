package dev.cdcarchitect.cli;

import dev.cdcarchitect.domain.InputProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** {@code snapshot}: the whole workbench window for two inputs (or its maximised diagram), rendered to a PNG without a display. */
final class SnapshotCommand implements Callable<Integer> {

    private final SnapshotRenderer renderer;
    private CommandSpec spec;

    private SnapshotCommand(SnapshotRenderer renderer) {
        this.renderer = renderer;
    }

    static CommandSpec spec(SnapshotRenderer renderer) {
        SnapshotCommand command = new SnapshotCommand(renderer);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        command.spec = spec;
        spec.name("snapshot");
        spec.usageMessage().description("Render the workbench window for these inputs to a PNG, without a display.").sortOptions(false);
        InputTexts.addTo(spec);
        spec.addOption(OptionSpec.builder("--out").paramLabel("FILE.png").type(Path.class).required(true)
                .description("The PNG to write (atomically).").build());
        spec.addOption(OptionSpec.builder("--width").paramLabel("W").type(int.class).defaultValue("1600")
                .description("Window width in pixels (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--height").paramLabel("H").type(int.class).defaultValue("1000")
                .description("Window height in pixels (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--view").paramLabel("workbench|diagram").type(String.class).defaultValue("workbench")
                .description("workbench: input, spec and diagram side by side; diagram: the diagram pane maximised "
                        + "(Ctrl+Shift+M in the window), at its default fit (default: ${DEFAULT-VALUE}).").build());
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        int width = spec.findOption("--width").getValue();
        int height = spec.findOption("--height").getValue();
        if (width < 640 || width > 8000 || height < 400 || height > 8000) {
            throw new ParameterException(spec.commandLine(), "--width must be 640-8000 and --height 400-8000 pixels.");
        }
        SnapshotRenderer.View view = view(spec.findOption("--view").getValue());
        Path out = spec.findOption("--out").getValue();
        OutputFile.checkWritable(out);
        InputTexts.Texts texts = InputTexts.read(spec);
        try {
            renderer.render(texts.source(), texts.target(), out, width, height, view);
        } catch (IOException e) {
            throw new InputProblem("--out", "cannot write '" + out + "' (" + OutputFile.describe(e) + ").", "Check that the folder is writable and has space.");
        }
        spec.commandLine().getOut().println("Wrote " + out);
        return ExitCodes.SPEC;
    }

    private SnapshotRenderer.View view(String value) {
        for (SnapshotRenderer.View v : SnapshotRenderer.View.values()) {
            if (v.cliName().equals(value.toLowerCase(Locale.ROOT))) return v;
        }
        throw new ParameterException(spec.commandLine(), "Invalid value for --view: '" + value + "' (use workbench or diagram).");
    }
}
