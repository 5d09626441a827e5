package dev.cdcarchitect.connect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin versions the exported configs are written and checked for. Debezium: 3.6.1.Final, the version the
 * export's tests validate against (pom.xml {@code debezium.version}); other vendors' sinks carry no designed version.
 */
public final class DesignedVersions {

    public static final String DEBEZIUM = "3.6.1.Final";
    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

    private final String debezium;

    public DesignedVersions(String debezium) {
        this.debezium = debezium;
    }

    public static DesignedVersions current() {
        return new DesignedVersions(DEBEZIUM);
    }

    /**
     * A plain-words mismatch when the installed plugin's major.minor differs from the designed one (patch releases
     * keep their settings); empty when it matches, when the version cannot be read, or for a non-Debezium plugin.
     */
    Optional<String> mismatch(InstalledPlugin plugin) {
        if (!plugin.className().startsWith("io.debezium.")) return Optional.empty();
        Matcher installed = MAJOR_MINOR.matcher(plugin.version());
        Matcher designed = MAJOR_MINOR.matcher(debezium);
        if (!installed.find() || !designed.find() || installed.group().equals(designed.group())) return Optional.empty();
        return Optional.of("the cluster has " + plugin.className() + " " + plugin.version() + ", the design is written for Debezium "
                + debezium + ": settings may be unknown or behave differently there. Install Debezium " + designed.group()
                + ".x on the workers, or check each setting against the documentation of " + plugin.version() + ".");
    }
}
