package dev.cdcarchitect.app;

import dev.cdcarchitect.cli.CdcArchitectCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Plain main class (not a JavaFX Application), so the jar runs from the classpath: no arguments open the
 * workbench window, a subcommand runs headless.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            StartupWarmup.startForWindow();
            JavaFxLogging.quietClasspathWarning();
            javafx.application.Application.launch(CdcArchitectApp.class);
            return;
        }
        StartupWarmup.startFor(args);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = CdcArchitectCommand.run(args, out, err, new WindowSnapshotRenderer());
        out.flush();
        err.flush();
        System.exit(code);
    }
}
