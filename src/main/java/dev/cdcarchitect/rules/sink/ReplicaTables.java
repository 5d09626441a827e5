package dev.cdcarchitect.rules.sink;

import java.util.Locale;

/**
 * Which replica table the Debezium JDBC sink writes a topic to. From the Debezium 3.x JDBC sink docs
 * (https://debezium.io/documentation/reference/stable/connectors/jdbc.html#jdbc-property-collection-name-format and
 * #jdbc-property-collection-naming-strategy): {@code collection.name.format} defaults to {@code ${topic}} and the default
 * {@code collection.naming.strategy} replaces the topic's dots with underscores; without {@code quote.identifiers} the
 * name is unquoted, so the target folds its case (PostgreSQL to lower case, Oracle to upper case; #jdbc-quoting-case-sensitivity).
 * {@code ${topic}} is kept rather than {@code ${source.table}}: it cannot collide across schemas, and a tombstone has no
 * {@code source} block to resolve {@code ${source.*}} from.
 */
public final class ReplicaTables {

    static final String FORMAT_KEY = "collection.name.format";
    static final String FORMAT = "${topic}";

    private ReplicaTables() {}

    /** The table name as the target database stores it. */
    public static String of(String topic, String flavour) {
        String name = topic.replace('.', '_');
        return switch (flavour) {
            case "PostgreSQL" -> name.toLowerCase(Locale.ROOT);
            case "Oracle" -> name.toUpperCase(Locale.ROOT);
            default -> name;
        };
    }

    /** Where an unqualified table name lands for the sink's login. */
    static String schema(String flavour) {
        return switch (flavour) {
            case "PostgreSQL" -> "schema public (the first schema of the default search_path)";
            case "MySQL" -> "the database named in connection.url";
            case "SQL Server" -> "the writer's default schema dbo";
            case "Oracle" -> "the writer's own schema " + ReplicaWriter.USER.toUpperCase(Locale.ROOT);
            default -> "the login's default schema";
        };
    }
}
