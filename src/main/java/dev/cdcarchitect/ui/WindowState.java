package dev.cdcarchitect.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * Remembers the window's size, position and divider positions between runs (java.util.prefs). Reading and
 * writing the preferences is file I/O, so {@link #load()} and {@link #store} belong off the FX thread; the FX thread
 * only applies and captures the values.
 */
public final class WindowState {

    /** The remembered values. {@code x}/{@code y} are NaN when unknown. */
    public record Values(double width, double height, double x, double y, boolean maximized, double divider0, double divider1) {}

    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's preferences; {@code -Dcdcarchitect.prefsNode=...} points tests at a node of their own. */
    public static WindowState forUser() {
        return new WindowState(Preferences.userRoot().node(System.getProperty("cdcarchitect.prefsNode", "dev/cdcarchitect/window")));
    }

    public Values load() {
        return new Values(prefs.getDouble("width", 1440), prefs.getDouble("height", 900), prefs.getDouble("x", Double.NaN),
                prefs.getDouble("y", Double.NaN), prefs.getBoolean("maximized", false), prefs.getDouble("divider0", 0.24),
                prefs.getDouble("divider1", 0.56));
    }

    public void store(Values v) {
        prefs.putBoolean("maximized", v.maximized());
        if (!v.maximized()) {
            prefs.putDouble("width", v.width());
            prefs.putDouble("height", v.height());
            prefs.putDouble("x", v.x());
            prefs.putDouble("y", v.y());
        }
        prefs.putDouble("divider0", v.divider0());
        prefs.putDouble("divider1", v.divider1());
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Not being able to remember the window size is not worth bothering the user about.
        }
    }

    /** On the FX thread: puts the window where it was and the dividers where they were. */
    public static void apply(Values v, Stage stage, SplitPane split) {
        applyBounds(v, stage);
        applyDivider(v, split);
    }

    /** On the FX thread: the window's size, position and maximised state. */
    public static void applyBounds(Values v, Stage stage) {
        stage.setWidth(v.width());
        stage.setHeight(v.height());
        if (!Double.isNaN(v.x()) && !Double.isNaN(v.y())) {
            stage.setX(v.x());
            stage.setY(v.y());
        }
        stage.setMaximized(v.maximized());
    }

    /** On the FX thread: the input/spec/diagram divider positions. */
    public static void applyDivider(Values v, SplitPane split) {
        split.setDividerPositions(v.divider0(), v.divider1());
    }

    /** On the FX thread: reads where the window is now. */
    public static Values capture(Stage stage, SplitPane split) {
        return capture(stage, split.getDividerPositions());
    }

    /** On the FX thread: the window's bounds with the input/spec/diagram dividers (missing ones at their defaults). */
    public static Values capture(Stage stage, double[] dividers) {
        return capture(stage, dividers.length > 0 ? dividers[0] : 0.24, dividers.length > 1 ? dividers[1] : 0.56);
    }

    /** On the FX thread: the window's bounds with the given dividers (closed before the workbench was loaded). */
    public static Values capture(Stage stage, double divider0, double divider1) {
        return new Values(stage.getWidth(), stage.getHeight(), stage.getX(), stage.getY(), stage.isMaximized(), divider0, divider1);
    }
}
