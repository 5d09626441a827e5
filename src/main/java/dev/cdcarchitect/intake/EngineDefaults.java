package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.SourceEngine;

/** What the engine assumes for a source engine when the text is silent. */
final class EngineDefaults {

    private EngineDefaults() {}

    static String version(SourceEngine engine) {
        return switch (engine) {
            case POSTGRESQL -> "16";
            case MYSQL -> "8.0";
            case MARIADB -> "10.11";
            case ORACLE -> "19c";
            case SQLSERVER -> "2022";
            case MONGODB -> "7.0";
            case DB2 -> "11.5";
            case CASSANDRA -> "4.1";
        };
    }

    static int rowBytes(SourceEngine engine) {
        return engine == SourceEngine.MONGODB ? 2048 : 1024;
    }

    /** Oldest major version the Debezium 3.x connector supports; older versions get a warning. */
    static int oldestSupportedMajor(SourceEngine engine) {
        return switch (engine) {
            case POSTGRESQL -> 10;
            case MYSQL -> 8;
            case MARIADB -> 10;
            case ORACLE -> 12;
            case SQLSERVER -> 2016;
            case MONGODB -> 6;
            case DB2 -> 11;
            case CASSANDRA -> 3;
        };
    }
}
