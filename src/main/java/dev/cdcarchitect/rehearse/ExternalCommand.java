package dev.cdcarchitect.rehearse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program to completion with a time limit and returns its combined output; a failure names the program. */
final class ExternalCommand {

    private ExternalCommand() {}

    static String run(List<String> command, long timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            // Output is small (initdb, pg_ctl); reading before waiting keeps a full pipe from blocking the program.
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new RehearsalException(name(command) + " did not finish within " + timeoutSeconds + " s.");
            }
            if (p.exitValue() != 0) {
                throw new RehearsalException(name(command) + " failed (exit " + p.exitValue() + "): " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new RehearsalException("cannot run " + name(command) + " (" + e.getMessage() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException(name(command) + " was interrupted.", e);
        }
    }

    private static String name(List<String> command) {
        for (String part : command) {
            if (part.contains("/")) return part.substring(part.lastIndexOf('/') + 1);
        }
        return command.get(0);
    }
}
