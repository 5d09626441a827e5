package dev.cdcarchitect.impact;

import dev.cdcarchitect.domain.SourceEngine;

/** The exact DDL for a change, in the source engine's own dialect (each vendor's ALTER TABLE synopsis). */
final class Statements {

    private Statements() {}

    static String addColumn(SourceEngine engine, String table, String column, ColumnType type, String notNullDefault) {
        String tail = notNullDefault.isEmpty() ? "" : " DEFAULT " + notNullDefault + " NOT NULL";
        return switch (engine) {
            case SQLSERVER -> "ALTER TABLE " + table + " ADD " + column + " " + type + (tail.isEmpty() ? " NULL" : tail) + ";";
            case ORACLE -> "ALTER TABLE " + table + " ADD (" + column + " " + type + tail + ");";
            case MONGODB -> "// MongoDB has no DDL: write documents with the field " + column;
            case CASSANDRA -> "ALTER TABLE " + table + " ADD " + column + " " + type + ";";
            default -> "ALTER TABLE " + table + " ADD COLUMN " + column + " " + type + tail + ";";
        };
    }

    static String dropColumn(SourceEngine engine, String table, String column) {
        return switch (engine) {
            case ORACLE -> "ALTER TABLE " + table + " DROP (" + column + ");";
            case MONGODB -> "db." + table + ".updateMany({}, { $unset: { " + column + ": \"\" } })";
            case CASSANDRA -> "ALTER TABLE " + table + " DROP " + column + ";";
            default -> "ALTER TABLE " + table + " DROP COLUMN " + column + ";";
        };
    }

    static String renameColumn(SourceEngine engine, String table, String from, String to) {
        return switch (engine) {
            case SQLSERVER -> "EXEC sp_rename '" + table + "." + from + "', '" + to + "', 'COLUMN';";
            case MONGODB -> "db." + table + ".updateMany({}, { $rename: { " + from + ": \"" + to + "\" } })";
            case CASSANDRA -> "ALTER TABLE " + table + " RENAME " + from + " TO " + to + ";";
            default -> "ALTER TABLE " + table + " RENAME COLUMN " + from + " TO " + to + ";";
        };
    }

    static String changeType(SourceEngine engine, String table, String column, ColumnType to) {
        return switch (engine) {
            case POSTGRESQL -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + to + ";";
            case MYSQL, MARIADB -> "ALTER TABLE " + table + " MODIFY COLUMN " + column + " " + to + ";";
            case SQLSERVER -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " " + to + ";";
            case ORACLE -> "ALTER TABLE " + table + " MODIFY (" + column + " " + to + ");";
            case DB2 -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE " + to + ";";
            case MONGODB -> "// MongoDB has no column types: rewrite the field " + column + " as " + to + " in every document";
            case CASSANDRA -> "-- Cassandra does not change a column's type; add a new column instead";
        };
    }

    /** An UPDATE that copies one column into another (the "migrate" of expand, migrate, contract). */
    static String copyColumn(SourceEngine engine, String table, String from, String to) {
        return engine == SourceEngine.MONGODB
                ? "db." + table + ".updateMany({}, [ { $set: { " + to + ": \"$" + from + "\" } } ])"
                : "UPDATE " + table + " SET " + to + " = " + from + " WHERE " + to + " IS NULL;";
    }
}
