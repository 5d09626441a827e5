package dev.cdcarchitect.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Remembers the last export folder between runs (java.util.prefs); both calls do file I/O, so never on the FX thread. */
public final class ExportFolderMemory {

    private final Preferences prefs;

    public ExportFolderMemory(Preferences prefs) {
        this.prefs = prefs;
    }

    public static ExportFolderMemory forUser() {
        return new ExportFolderMemory(Preferences.userRoot().node(System.getProperty("cdcarchitect.prefsNode", "dev/cdcarchitect/window") + "/export"));
    }

    /** The remembered folder if it still exists, else the user's home. */
    public Path load() {
        String saved = prefs.get("lastFolder", null);
        if (saved != null && Files.isDirectory(Path.of(saved))) return Path.of(saved);
        return Path.of(System.getProperty("user.home"));
    }

    public void store(Path folder) {
        if (folder == null) return;
        prefs.put("lastFolder", folder.toAbsolutePath().toString());
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Not remembering the folder is not worth an error.
        }
    }
}
