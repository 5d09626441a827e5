package dev.cdcarchitect.rehearse;

import java.nio.file.Path;
import java.util.List;

/**
 * Whether the rehearsal's libraries are installed. The installers ship them as an optional add-on
 * (docs/decisions/0016): the application's manifest lists their jars, and the JVM skips the ones that are absent, so
 * without the add-on the first Kafka or Debezium class a rehearsal touched would fail with NoClassDefFoundError. This
 * looks one class of each library up first (without initialising it) and says what to install instead.
 */
public final class RehearsalComponents {

    /** One class per library the rehearsals start. */
    private static final List<String> MARKERS = List.of(
            "kafka.server.KafkaRaftServer",                       // the in-process broker
            "org.apache.kafka.connect.cli.ConnectStandalone",     // the Connect worker
            "io.debezium.connector.postgresql.PostgresConnector", // the source connector
            "io.debezium.connector.jdbc.JdbcSinkConnector",       // the relational target's sink
            "io.debezium.embedded.async.AsyncEmbeddedEngine",     // Debezium Server designs
            "org.postgresql.Driver",
            "org.mariadb.jdbc.Driver");

    private RehearsalComponents() {}

    /** @throws RehearsalException naming what is missing and how to install it */
    public static void requireInstalled() {
        List<String> missing = missing(RehearsalComponents.class.getClassLoader());
        if (!missing.isEmpty()) throw new RehearsalException(notInstalled(missing));
    }

    static List<String> missing(ClassLoader loader) {
        return MARKERS.stream().filter(name -> !present(name, loader)).toList();
    }

    private static boolean present(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static String notInstalled(List<String> missing) {
        String version = RehearsalComponents.class.getPackage().getImplementationVersion();
        String v = version == null ? "VERSION" : version;
        String which = missing.size() == MARKERS.size() ? "" : "; missing " + String.join(", ", missing);
        return "the rehearsal components are not installed (Kafka, Kafka Connect, Debezium and their JDBC drivers" + which
                + "). They are an optional add-on: for the .deb, "
                + "'sudo apt install ./cdc-architect-rehearsal_" + v + "-1_amd64.deb'; for the application folder, "
                + "'unzip cdc-architect-rehearsal-" + v + ".zip -d " + installFolder() + "'. "
                + "Designs, exports, PDFs and 'validate --connect-url' work without it.";
    }

    /** The application folder, when this runs from an installed image ({@code <folder>/lib/app/cdc-architect.jar}). */
    private static String installFolder() {
        try {
            Path code = Path.of(RehearsalComponents.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path app = code.getParent();
            if (code.toString().endsWith(".jar") && app != null && app.endsWith(Path.of("lib", "app"))) {
                return app.getParent().getParent().toString();
            }
        } catch (Exception e) {
            // no code source (an unusual class loader): fall back to the placeholder
        }
        return "<application folder>";
    }
}
