package dev.cdcarchitect.ui.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The last projects opened or saved (java.util.prefs keeps them in memory after the first read; the first read
 * happens with the window state, off the FX thread).
 */
public final class RecentFiles {

    private static final int KEEP = 8;
    private final Preferences prefs;

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node(System.getProperty("cdcarchitect.prefsNode", "dev/cdcarchitect/window") + "/recent"));
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < KEEP; i++) {
            String value = prefs.get("file" + i, null);
            if (value != null && Files.exists(Path.of(value))) out.add(Path.of(value));
        }
        return out;
    }

    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        files.remove(file.toAbsolutePath());
        files.add(0, file.toAbsolutePath());
        for (int i = 0; i < KEEP; i++) {
            if (i < files.size()) prefs.put("file" + i, files.get(i).toString());
            else prefs.remove("file" + i);
        }
    }
}
