import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Baseline for the window benchmark: the smallest JavaFX window, started from a plain main class on the
 * classpath exactly like the workbench, and timed the same way.
 */
public class MinimalFx {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("hello")), 1440, 900));
            stage.setOnShown(e -> {
                System.out.println("minimal shown-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
                PauseTransition idle = new PauseTransition(Duration.seconds(3));
                idle.setOnFinished(x -> {
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                            if (line.startsWith("VmRSS:")) {
                                System.out.println("minimal idle-rss-mb=" + Long.parseLong(line.replaceAll("\\D+", "")) / 1024);
                            }
                        }
                    } catch (Exception ignored) {
                        // no /proc: RSS not reported
                    }
                    Platform.exit();
                    System.exit(0);
                });
                idle.play();
            });
            stage.show();
        }
    }
}
