package dev.cdcarchitect.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * For the start-up benchmark only (bench/ui.sh): with -Dcdcarchitect.probe=true the app prints the time from JVM
 * start to window shown and to the first design drawn, then, after 3 s idle, its resident memory, and exits. Without the property it does nothing.
 */
public final class StartupProbe {

    private static boolean reported;

    private StartupProbe() {}

    /** Window visible (the start-up placeholder or the workbench). */
    public static void reportShown(String what) {
        if (!Boolean.getBoolean("cdcarchitect.probe")) return;
        System.out.println(what + " shown-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /**
     * The first design is in the window: reported at the end of the next layout pulse (the one that lays out the
     * spec and diagram), then memory after 3 s idle, then exit.
     */
    public static void reportReadyAfterNextLayout(String what, Scene scene) {
        if (!Boolean.getBoolean("cdcarchitect.probe") || reported) return;
        reported = true;
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            System.out.println(what + " ready-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
            PauseTransition idle = new PauseTransition(Duration.seconds(3));
            idle.setOnFinished(e -> {
                System.out.println(what + " idle-rss-mb=" + residentMegabytes());
                Platform.exit();
                System.exit(0);
            });
            idle.play();
        };
        scene.addPostLayoutPulseListener(listener[0]);
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
