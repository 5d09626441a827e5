package dev.cdcarchitect.rehearse;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The Kafka Connect plugin folder that holds Debezium's MariaDB connector with its own Debezium version
 * (docs/decisions/0013). The build copies it to {@code connect-plugins/} beside the application's classes; the
 * installed application ships it as {@code connect-plugins.zip} beside its jar (a folder of jars there would join the
 * application's own class path), unpacked once per run into a temp folder. The system property {@value #PROPERTY}
 * names another folder.
 */
final class MariaDbConnectorPlugin {

    static final String PROPERTY = "cdcarchitect.connect.plugins";
    static final String FOLDER = "debezium-connector-mariadb";
    private static Path unpacked;

    private MariaDbConnectorPlugin() {}

    /** The {@code plugin.path} for the worker: the folder that contains {@value #FOLDER}. */
    static synchronized Path pluginPath() {
        String configured = System.getProperty(PROPERTY);
        Path path = configured != null ? Path.of(configured) : besideTheApplication();
        Path zip = path.resolveSibling("connect-plugins.zip");
        if (configured == null && !Files.isDirectory(path) && Files.isRegularFile(zip)) path = unpack(zip);
        if (!Files.isDirectory(path.resolve(FOLDER))) {
            throw new RehearsalException("Debezium's MariaDB connector was not found in " + path.resolve(FOLDER) + ": build with "
                    + "'mvn package' (it copies the connector there), or set -D" + PROPERTY + " to a Kafka Connect plugin folder "
                    + "that contains " + FOLDER + "/.");
        }
        return path;
    }

    /** Unpacks the shipped plugins into a temp folder of this run, removed when the application exits. */
    private static Path unpack(Path zip) {
        if (unpacked != null) return unpacked;
        Path folder = TempFolder.create("Connect plugins");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TempFolder.delete(folder)));
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = folder.resolve(e.getName()).normalize();
                if (!target.startsWith(folder)) throw new RehearsalException(zip + " holds an entry outside its folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        } catch (java.io.IOException e) {
            throw new RehearsalException("cannot unpack " + zip + " (" + e.getMessage() + ").", e);
        }
        unpacked = folder.resolve("connect-plugins"); // the zip holds the folder itself (installer/build.sh)
        return unpacked;
    }

    private static Path besideTheApplication() {
        CodeSource code = MariaDbConnectorPlugin.class.getProtectionDomain().getCodeSource();
        try {
            return Path.of(code.getLocation().toURI()).getParent().resolve("connect-plugins");
        } catch (URISyntaxException | NullPointerException e) {
            throw new RehearsalException("cannot tell where the application is installed, so Debezium's MariaDB connector "
                    + "cannot be found; set -D" + PROPERTY + " to a Kafka Connect plugin folder.", e);
        }
    }
}
