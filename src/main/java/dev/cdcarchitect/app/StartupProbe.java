package dev.cdcarchitect.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * For the start-up benchmark only (bench/ui.sh): with -Dcdcarchitect.probe=true the app prints the time from JVM
 * start to window shown, then, after 3 s idle, its resident memory, and exits. Without the property it does nothing.
 */
public final class StartupProbe {

    private StartupProbe() {}

    public static void reportIfRequested(String what) {
        if (!Boolean.getBoolean("cdcarchitect.probe")) return;
        long shown = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println(what + " shown-ms=" + shown);
        PauseTransition idle = new PauseTransition(Duration.seconds(3));
        idle.setOnFinished(e -> {
            System.out.println(what + " idle-rss-mb=" + residentMegabytes());
            Platform.exit();
            System.exit(0);
        });
        idle.play();
    }

    /** VmRSS from /proc (Linux); -1 elsewhere. */
    public static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
