package dev.cdcarchitect.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JavaFX warns on every start that it was loaded from the classpath rather than as modules. That is our
 * deliberate set-up (docs/decisions/0001), so the warning is silenced instead of shown to every user.
 */
final class JavaFxLogging {

    private static final Logger PLATFORM = Logger.getLogger("javafx");

    private JavaFxLogging() {}

    static void quietClasspathWarning() {
        PLATFORM.setLevel(Level.SEVERE);
    }
}
