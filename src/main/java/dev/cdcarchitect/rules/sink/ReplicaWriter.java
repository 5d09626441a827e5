package dev.cdcarchitect.rules.sink;

import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.rules.base.Refs;

/**
 * The replica's writer: the login the Debezium JDBC sink connects as, and the least grants it needs with the exported
 * settings (schema.evolution=basic creates and alters the tables; upsert and delete by key; truncate.enabled runs
 * TRUNCATE TABLE). The sink creates its tables, so it owns them, and an owner may alter and truncate them; the grants
 * are what creating them in the target schema takes, per database (each from that database's manual, see {@link #reference}).
 */
final class ReplicaWriter {

    static final String USER = "replica_writer";
    private static final String SECRET = "'<from your secret store>'";

    private ReplicaWriter() {}

    /** The administrator's SQL for {@code flavour}, or null when the database kind is not known. */
    static String sql(String flavour, boolean truncates) {
        return switch (flavour) {
            // PostgreSQL 15+ grants PUBLIC no CREATE on schema public; CONNECT on a database is PUBLIC's by default.
            case "PostgreSQL" -> "-- in the replica database, as an administrator\n"
                    + "CREATE ROLE " + USER + " WITH LOGIN PASSWORD " + SECRET + ";\n"
                    + "GRANT USAGE, CREATE ON SCHEMA public TO " + USER + ";";
            // INSERT ... ON DUPLICATE KEY UPDATE needs INSERT and UPDATE; DELETE ... WHERE key reads it (SELECT);
            // MySQL's TRUNCATE TABLE needs DROP.
            case "MySQL" -> "CREATE USER '" + USER + "'@'%' IDENTIFIED BY " + SECRET + ";\n"
                    + "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER" + (truncates ? ", DROP" : "") + " ON <replica database>.* TO '"
                    + USER + "'@'%';";
            // CREATE TABLE needs the database permission and ALTER on the schema; ALTER also covers TRUNCATE TABLE;
            // MERGE (upsert) needs SELECT, INSERT, UPDATE and DELETE.
            case "SQL Server" -> "CREATE LOGIN " + USER + " WITH PASSWORD = " + SECRET + ";\n"
                    + "-- in the replica database\n"
                    + "CREATE USER " + USER + " FOR LOGIN " + USER + " WITH DEFAULT_SCHEMA = dbo;\n"
                    + "GRANT CREATE TABLE TO " + USER + ";\n"
                    + "GRANT ALTER, SELECT, INSERT, UPDATE, DELETE ON SCHEMA::dbo TO " + USER + ";";
            // Unqualified names land in the writer's own schema: CREATE TABLE there, and a quota to store rows.
            case "Oracle" -> "CREATE USER " + USER + " IDENTIFIED BY \"<from your secret store>\" QUOTA UNLIMITED ON <replica tablespace>;\n"
                    + "GRANT CREATE SESSION, CREATE TABLE TO " + USER + ";";
            default -> null;
        };
    }

    /** What the writer needs instead when someone else creates the tables in advance. */
    static String precreated(String flavour, boolean truncates) {
        String needs = switch (flavour) {
            case "PostgreSQL" -> "SELECT, INSERT, UPDATE, DELETE" + (truncates ? ", TRUNCATE" : "")
                    + " on them and their ownership (ALTER TABLE ... ADD COLUMN needs the owner)";
            case "MySQL" -> "SELECT, INSERT, UPDATE, DELETE, ALTER" + (truncates ? ", DROP" : "") + " on them";
            case "SQL Server" -> "SELECT, INSERT, UPDATE, DELETE and ALTER on them (ALTER also allows TRUNCATE TABLE)";
            case "Oracle" -> "SELECT, INSERT, UPDATE, DELETE and ALTER on them" + (truncates
                    ? "; TRUNCATE of another user's table needs DROP ANY TABLE" : "");
            default -> "SELECT, INSERT, UPDATE and DELETE on them, the right to add columns" + (truncates ? " and to truncate them" : "");
        };
        return "If someone else creates the replica tables in advance instead, the writer needs " + needs + ".";
    }

    static Reference reference(String flavour) {
        return switch (flavour) {
            case "PostgreSQL" -> Refs.PG_SCHEMA_PRIVILEGES;
            case "MySQL" -> Refs.MYSQL_PRIVILEGES;
            case "SQL Server" -> Refs.SQLSERVER_CREATE_TABLE;
            case "Oracle" -> Refs.ORACLE_CREATE_TABLE;
            default -> Refs.DBZ_JDBC_SINK;
        };
    }
}
