package dev.cdcarchitect.domain;

/** The source databases the engine designs for; each maps to one Debezium connector. */
public enum SourceEngine {
    POSTGRESQL("PostgreSQL", "WAL", "postgres"),
    MYSQL("MySQL", "binlog", "mysql"),
    MARIADB("MariaDB", "binlog", "mariadb"),
    ORACLE("Oracle", "redo log", "oracle"),
    SQLSERVER("SQL Server", "transaction log", "sqlserver"),
    MONGODB("MongoDB", "oplog", "mongodb"),
    DB2("Db2", "recovery log", "db2"),
    CASSANDRA("Cassandra", "commit log", "cassandra");

    private final String displayName;
    private final String logName;
    private final String slug;

    SourceEngine(String displayName, String logName, String slug) {
        this.displayName = displayName;
        this.logName = logName;
        this.slug = slug;
    }

    public String displayName() { return displayName; }

    /** What the database calls the change log the connector reads. */
    public String logName() { return logName; }

    /** Short lowercase name used in ids, topic prefixes and file names. */
    public String slug() { return slug; }

    public static String supportedList() {
        StringBuilder names = new StringBuilder();
        for (SourceEngine engine : values()) {
            if (names.length() > 0) names.append(", ");
            names.append(engine.displayName);
        }
        return names.toString();
    }
}
