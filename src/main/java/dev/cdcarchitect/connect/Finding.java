package dev.cdcarchitect.connect;

/**
 * One thing Kafka Connect (or the plugin list) says is wrong with an exported connector, in plain words.
 * @param field the setting concerned, or {@code connector.class} for plugin problems
 */
public record Finding(Kind kind, String file, String field, String message) {

    public enum Kind {
        /** Connect's validation rejected the value of a field. */
        FIELD_ERROR,
        /** The connector's class is not installed on the cluster. */
        MISSING_PLUGIN,
        /** The class is installed in another version than the one the design was written and checked for. */
        VERSION_MISMATCH,
        /** Connect answered the validation call with an error instead of a verdict. */
        CONNECT_ERROR
    }

    /** {@code connect/app-pg-source.json: slot.name — <Connect's error>} */
    public String line() {
        return file + ": " + field + " \u2014 " + message;
    }
}
