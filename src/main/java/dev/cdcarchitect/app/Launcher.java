package dev.cdcarchitect.app;

import dev.cdcarchitect.cli.CdcArchitectCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Plain main class (not a JavaFX Application), so the jar runs from the classpath: no arguments, or one project
 * file (what a file manager passes through the file association), open the workbench window; a subcommand runs
 * headless.
 */
public final class Launcher {

    private Launcher() {}

    /** The window for no arguments or a single {@code *.cdcarch.json}; the command line for anything else. */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".cdcarch.json");
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            JavaFxLogging.quietClasspathWarning();
            try {
                javafx.application.Application.launch(CdcArchitectApp.class, args);
            } catch (RuntimeException | LinkageError cannotStart) { // rethrown by launch() from the toolkit's start-up
                System.err.println(WindowStartFailure.message(cannotStart));
                System.exit(dev.cdcarchitect.cli.ExitCodes.NO_WINDOW);
            }
            return;
        }
        StartupWarmup.startFor(args);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = CdcArchitectCommand.run(args, out, err, new WindowSnapshotRenderer());
        } catch (Throwable fatal) { // errors (not exceptions) escape picocli's handler; no stack trace for the user
            err.println("cdc-architect: internal error (" + fatal.getClass().getSimpleName() + "). Please report it with "
                    + "the input that caused it.");
            code = 1;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
