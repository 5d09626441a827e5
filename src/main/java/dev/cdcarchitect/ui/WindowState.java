package dev.cdcarchitect.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/** Remembers the window's size, position and divider positions between runs (java.util.prefs). */
public final class WindowState {

    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    public static WindowState forUser() {
        return new WindowState(Preferences.userRoot().node("dev/cdcarchitect/window"));
    }

    public void restore(Stage stage, SplitPane split) {
        stage.setWidth(prefs.getDouble("width", 1440));
        stage.setHeight(prefs.getDouble("height", 900));
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
        split.setDividerPositions(prefs.getDouble("divider0", 0.24), prefs.getDouble("divider1", 0.56));
    }

    public void save(Stage stage, SplitPane split) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
        }
        double[] dividers = split.getDividerPositions();
        if (dividers.length == 2) {
            prefs.putDouble("divider0", dividers[0]);
            prefs.putDouble("divider1", dividers[1]);
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Not being able to remember the window size is not worth bothering the user about.
        }
    }
}
