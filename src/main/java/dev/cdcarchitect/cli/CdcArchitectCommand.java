package dev.cdcarchitect.cli;

import dev.cdcarchitect.domain.InputProblem;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; subcommands run headless. */
@Command(name = "cdc-architect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "CDC Architect: designs Change Data Capture pipelines (rule engine, offline).",
        subcommands = {DesignCommand.class})
public final class CdcArchitectCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; never lets a stack trace reach the user. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CdcArchitectCommand());
        cli.setOut(out);
        cli.setErr(err);
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
