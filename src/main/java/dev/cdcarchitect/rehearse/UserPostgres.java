package dev.cdcarchitect.rehearse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.Driver;

/**
 * The user's own development PostgreSQL ({@code --source-url}). The rehearsal creates the spec's role, publication,
 * signal and heartbeat tables, its example tables and the connector's slot there; it refuses a database that already
 * has a table of those names (it never writes into the user's tables), and on close drops exactly the objects that
 * did not exist before it started — nothing else.
 */
final class UserPostgres implements PostgresServer {

    private static final Pattern CREATED_TABLE = Pattern.compile("(?i)^CREATE TABLE (?:IF NOT EXISTS )?([A-Za-z0-9_.\"]+)");
    private static final Pattern CREATED_ROLE = Pattern.compile("(?i)^CREATE (?:ROLE|USER) ([A-Za-z0-9_\"]+)");
    private static final Pattern CREATED_PUBLICATION = Pattern.compile("(?i)^CREATE PUBLICATION ([A-Za-z0-9_\"]+)");

    private final String url;
    private final Properties credentials;
    private final String host;
    private final int port;
    private final String database;
    private final List<String> tablesToDrop = new ArrayList<>();
    private final List<String> publicationsToDrop = new ArrayList<>();
    private final List<String> rolesToDrop = new ArrayList<>();
    private final List<String> slotsToDrop = new ArrayList<>();

    private UserPostgres(String url, Properties credentials, String host, int port, String database) {
        this.url = url;
        this.credentials = credentials;
        this.host = host;
        this.port = port;
        this.database = database;
    }

    /**
     * @param url a PostgreSQL JDBC URL; the user and password come from its parameters or from PGUSER/PGPASSWORD
     * @throws IllegalArgumentException when the URL is not a PostgreSQL JDBC URL (the message never repeats it whole)
     */
    static UserPostgres of(String url, Map<String, String> environment) {
        Properties parsed = Driver.parseURL(url, new Properties());
        if (parsed == null) {
            throw new IllegalArgumentException("--source-url is not a PostgreSQL JDBC URL; give jdbc:postgresql://HOST:PORT/DATABASE.");
        }
        Properties credentials = new Properties();
        String user = parsed.getProperty("user", environment.get("PGUSER"));
        String password = parsed.getProperty("password", environment.get("PGPASSWORD"));
        if (user != null) credentials.setProperty("user", user);
        if (password != null) credentials.setProperty("password", password);
        String host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
        int port = Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
        return new UserPostgres(url, credentials, host, port, parsed.getProperty("PGDBNAME", "postgres"));
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String database(String designDatabase) {
        return database;
    }

    @Override
    public Connection admin(String designDatabase) throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    /**
     * Records which of the objects the setup will create already exist, and refuses when a table does: the example
     * workload would write into it.
     */
    void prepare(Connection admin, List<String> capturedTables, List<String> statements, String slot) throws SQLException {
        List<String> tables = new ArrayList<>(capturedTables);
        for (String statement : statements) {
            String table = first(CREATED_TABLE, statement);
            if (table != null) tables.add(table);
            String role = first(CREATED_ROLE, statement);
            if (role != null && !exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) rolesToDrop.add(role);
            String publication = first(CREATED_PUBLICATION, statement);
            if (publication != null && !exists(admin, "SELECT 1 FROM pg_publication WHERE pubname = ?", publication)) publicationsToDrop.add(publication);
        }
        for (String table : tables) {
            if (exists(admin, "SELECT 1 WHERE to_regclass(?) IS NOT NULL", table)) {
                throw new RehearsalException("the table " + table + " already exists in the database of --source-url; the rehearsal creates its "
                        + "own example tables and never writes into yours. Point --source-url at an empty database (CREATE DATABASE cdc_rehearsal).");
            }
            tablesToDrop.add(table);
        }
        if (!exists(admin, "SELECT 1 FROM pg_replication_slots WHERE slot_name = ?", slot)) slotsToDrop.add(slot);
    }

    @Override
    public List<String> serverSettingProblems(Connection admin, Map<String, String> settings) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SHOW wal_level")) {
            if (rs.next() && !"logical".equals(rs.getString(1))) {
                problems.add("wal_level is " + rs.getString(1) + " on this server, the design needs logical: run ALTER SYSTEM SET "
                        + "wal_level = logical; and restart the server");
            }
        }
        return problems;
    }

    /** Drops what the rehearsal created, in dependency order; each drop on its own so one failure leaves the rest done. */
    @Override
    public void close() {
        List<String> drops = new ArrayList<>();
        for (String slot : slotsToDrop) drops.add("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '" + slot.replace("'", "''") + "'");
        for (String publication : publicationsToDrop) drops.add("DROP PUBLICATION IF EXISTS " + publication);
        for (String table : tablesToDrop) drops.add("DROP TABLE IF EXISTS " + table);
        for (String role : rolesToDrop) {
            drops.add("DROP OWNED BY " + role);
            drops.add("DROP ROLE IF EXISTS " + role);
        }
        try (Connection admin = admin(database); Statement s = admin.createStatement()) {
            for (String drop : drops) {
                try {
                    s.execute(drop);
                } catch (SQLException e) {
                    System.err.println("cdc-architect: could not undo on --source-url: " + drop + " (" + e.getMessage() + ")");
                }
            }
        } catch (SQLException e) {
            System.err.println("cdc-architect: could not reconnect to --source-url to remove the rehearsal's objects (" + e.getMessage()
                    + "); remove them by hand: " + String.join("; ", drops));
        }
    }

    private static String first(Pattern pattern, String statement) {
        Matcher m = pattern.matcher(statement.strip());
        return m.find() ? m.group(1) : null;
    }

    private static boolean exists(Connection admin, String query, String name) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement(query)) {
            ps.setString(1, name.replace("\"", ""));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
