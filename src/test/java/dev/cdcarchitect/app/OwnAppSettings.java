package dev.cdcarchitect.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/** The whole application under test gets its own preferences node and data folder, removed afterwards. */
final class OwnAppSettings {

    private final String prefsNode;

    /** Points the application at {@code prefsNode} and a fresh data folder ({@link #dataDir()}). */
    static OwnAppSettings use(String prefsNode) throws Exception {
        System.setProperty("cdcarchitect.prefsNode", prefsNode);
        return new OwnAppSettings(prefsNode);
    }

    private OwnAppSettings(String prefsNode) throws Exception {
        this.prefsNode = prefsNode;
        System.setProperty("cdcarchitect.dataDir", Files.createTempDirectory("cdc-app-data").toString());
    }

    Path dataDir() {
        return Path.of(System.getProperty("cdcarchitect.dataDir"));
    }

    void remove() throws Exception {
        Preferences.userRoot().node(prefsNode).removeNode();
        System.clearProperty("cdcarchitect.prefsNode");
        System.clearProperty("cdcarchitect.dataDir");
    }
}
