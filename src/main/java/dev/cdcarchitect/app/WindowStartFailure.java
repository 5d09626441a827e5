package dev.cdcarchitect.app;

import java.util.Locale;

/**
 * Why JavaFX could not open the window, in one line a user can act on, instead of its stack trace: no display (a
 * server or SSH session), or the GTK 3 libraries JavaFX draws with on Linux are not installed. Every feature of
 * the window also runs on the command line, which needs neither.
 */
final class WindowStartFailure {

    /** What JavaFX 21 needs on Linux beyond the JDK: GTK 3 (GTK 2 is not enough) and the XTest extension. */
    static final String LINUX_LIBRARIES = "libgtk-3-0 libxtst6";

    private WindowStartFailure() {}

    static String message(Throwable failure) {
        String text = describe(failure).toLowerCase(Locale.ROOT);
        String why;
        if (text.contains("display")) {
            why = "no display (DISPLAY is not set, or its X server cannot be opened; a server or SSH session has none)";
        } else if (text.contains("gtk") || failure instanceof UnsatisfiedLinkError) {
            why = "the GTK 3 libraries JavaFX draws with are not installed";
        } else {
            why = "JavaFX could not start (" + describe(failure) + ")";
        }
        return "cdc-architect: the window could not start: " + why + ". On Linux the window needs a desktop session and the "
                + "libraries " + LINUX_LIBRARIES + " (Debian/Ubuntu: sudo apt-get install " + LINUX_LIBRARIES + "). Without a "
                + "display, every feature runs on the command line: cdc-architect design --help (or java -jar cdc-architect.jar design --help).";
    }

    /** The failure and its causes' messages, without class names of JavaFX internals or frames. */
    private static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null && out.length() < 400; t = t.getCause()) {
            if (t.getMessage() != null) {
                if (out.length() > 0) out.append("; ");
                out.append(t.getMessage());
            }
            if (t.getCause() == t) break;
        }
        return out.length() == 0 ? failure.getClass().getSimpleName() : out.toString();
    }
}
