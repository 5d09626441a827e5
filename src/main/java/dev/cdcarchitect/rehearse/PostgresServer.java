package dev.cdcarchitect.rehearse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The PostgreSQL a rehearsal runs on: a throwaway server, or the user's own development database ({@code --source-url}). */
interface PostgresServer extends AutoCloseable {

    /** Where the connector reaches it. */
    String host();

    int port();

    /** The database the rehearsal uses for the design's {@code database.dbname}. */
    String database(String designDatabase);

    /** An administrator's connection to that database (created first on a throwaway server). */
    Connection admin(String designDatabase) throws SQLException;

    /** Why the spec's server settings could not be applied here, or empty when they were. */
    List<String> serverSettingProblems(Connection admin, java.util.Map<String, String> settings) throws SQLException;

    @Override
    void close();
}
