package dev.cdcarchitect.rehearse;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The Kafka Connect plugin folder that holds Debezium's MariaDB connector with its own Debezium version
 * (docs/decisions/0013). The build copies it to {@code connect-plugins/} beside the application's classes or jar;
 * the system property {@value #PROPERTY} names another folder.
 */
final class MariaDbConnectorPlugin {

    static final String PROPERTY = "cdcarchitect.connect.plugins";
    static final String FOLDER = "debezium-connector-mariadb";

    private MariaDbConnectorPlugin() {}

    /** The {@code plugin.path} for the worker: the folder that contains {@value #FOLDER}. */
    static Path pluginPath() {
        String configured = System.getProperty(PROPERTY);
        Path path = configured != null ? Path.of(configured) : besideTheApplication();
        if (!Files.isDirectory(path.resolve(FOLDER))) {
            throw new RehearsalException("Debezium's MariaDB connector was not found in " + path.resolve(FOLDER) + ": build with "
                    + "'mvn package' (it copies the connector there), or set -D" + PROPERTY + " to a Kafka Connect plugin folder "
                    + "that contains " + FOLDER + "/.");
        }
        return path;
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
