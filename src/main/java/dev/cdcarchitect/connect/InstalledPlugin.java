package dev.cdcarchitect.connect;

/** One entry of {@code GET /connector-plugins}: {@code {"class": ..., "type": "source"|"sink", "version": ...}}. */
public record InstalledPlugin(String className, String type, String version) {

    /** Connect accepts a connector's class name or its simple name (alias) in {@code connector.class}. */
    boolean matches(String connectorClass) {
        return className.equals(connectorClass) || className.substring(className.lastIndexOf('.') + 1).equals(connectorClass);
    }
}
