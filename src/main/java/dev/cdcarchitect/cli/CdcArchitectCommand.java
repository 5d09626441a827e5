package dev.cdcarchitect.cli;

import dev.cdcarchitect.domain.InputProblem;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command; subcommands run headless. Declared programmatically (see {@link DesignCommand}). */
public final class CdcArchitectCommand implements Runnable {

    private CommandSpec spec;

    static CommandSpec spec(SnapshotRenderer renderer) {
        CdcArchitectCommand command = new CdcArchitectCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        command.spec = spec;
        spec.name("cdc-architect");
        spec.usageMessage().description("CDC Architect: designs Change Data Capture pipelines (rule engine, offline).");
        HelpOptions.addTo(spec);
        spec.addSubcommand("design", new CommandLine(DesignCommand.spec()));
        spec.addSubcommand("export", new CommandLine(ExportCommand.spec()));
        spec.addSubcommand("eval", new CommandLine(EvalCommand.spec()));
        spec.addSubcommand("compare", new CommandLine(CompareCommand.spec()));
        spec.addSubcommand("impact", new CommandLine(ImpactCommand.spec()));
        spec.addSubcommand("rehearse", new CommandLine(RehearseCommand.spec()));
        spec.addSubcommand("validate", new CommandLine(ValidateCommand.spec()));
        if (renderer != null) spec.addSubcommand("snapshot", new CommandLine(SnapshotCommand.spec(renderer)));
        return spec;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; never lets a stack trace reach the user. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the window snapshot command when a renderer is given. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, SnapshotRenderer renderer) {
        CommandLine cli = new CommandLine(spec(renderer));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("cdc-architect: " + ex.getMessage());
            failed.getErr().println("Run 'cdc-architect " + (failed.getParent() == null ? "" : failed.getCommandName() + " ") + "--help' for usage.");
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputProblem problem) {
                commandLine.getErr().println("cdc-architect: " + problem.describe());
                return ExitCodes.BAD_INPUT;
            }
            commandLine.getErr().println("cdc-architect: internal error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage()
                    + ". Please report it with the input that caused it.");
            return ExitCodes.INTERNAL_ERROR;
        });
        return cli.execute(args);
    }
}
