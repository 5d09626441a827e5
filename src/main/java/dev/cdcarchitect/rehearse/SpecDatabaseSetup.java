package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.Snippet;
import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source database's settings exactly as the spec writes them: server settings (database-scope entries such as
 * {@code wal_level}) and the administrator's SQL (role, grants, publication, signal and heartbeat tables).
 *
 * @param serverSettings settings the server starts with
 * @param statements     the spec's setup statements in order, one statement each
 * @param capturedTables the tables the spec's publication lists ({@code schema.table})
 */
public record SpecDatabaseSetup(Map<String, String> serverSettings, List<String> statements, List<String> capturedTables) {

    /** Decisions about the PostgreSQL source carry this id prefix ({@code pg.privileges}, {@code pg.logical-decoding}). */
    private static final String POSTGRES_DECISIONS = "pg.";
    /** Setup snippets only: a snippet of queries or a one-off signal is not a setting. */
    private static final Pattern SETUP_STATEMENT = Pattern.compile("(?is)\\s*(CREATE|ALTER|GRANT)\\b.*");
    private static final Pattern PUBLICATION_TABLES = Pattern.compile("(?i)CREATE PUBLICATION \\S+ FOR TABLE ([^;]+)");
    private static final String SECRET_PLACEHOLDER = "'<from your secret store>'";

    public SpecDatabaseSetup {
        serverSettings = Map.copyOf(serverSettings);
        statements = List.copyOf(statements);
        capturedTables = List.copyOf(capturedTables);
    }

    public static SpecDatabaseSetup of(DesignResult.Generated design) {
        SpecDatabaseSetup decided = of(design, POSTGRES_DECISIONS, List.of());
        List<String> tables = new ArrayList<>();
        for (String s : decided.statements()) {
            Matcher m = PUBLICATION_TABLES.matcher(s);
            if (m.find()) {
                for (String t : m.group(1).split(",")) tables.add(t.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new SpecDatabaseSetup(decided.serverSettings(), decided.statements(), tables);
    }

    /**
     * The settings and setup statements of the decisions whose id starts with {@code decisionPrefix}
     * ({@code mariadb.}, {@code mysql.}); a binlog source names no tables in its SQL, so the caller gives them.
     */
    public static SpecDatabaseSetup of(DesignResult.Generated design, String decisionPrefix, List<String> capturedTables) {
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> statements = new ArrayList<>();
        for (Section section : design.spec().sections()) {
            for (Decision d : section.decisions()) {
                if (!d.id().startsWith(decisionPrefix)) continue;
                for (ConfigEntry e : d.config()) {
                    if (e.scope() == ConfigScope.DATABASE) settings.put(e.key(), e.value());
                }
                for (Snippet s : d.snippets()) {
                    if (!"sql".equals(s.language())) continue;
                    List<String> parts = split(s.code());
                    if (parts.isEmpty() || !parts.stream().allMatch(p -> SETUP_STATEMENT.matcher(p).matches())) continue;
                    statements.addAll(parts);
                }
            }
        }
        return new SpecDatabaseSetup(settings, statements, capturedTables);
    }

    /** The same setup with one statement left out (a rehearsal of a wrong grant). */
    public SpecDatabaseSetup without(String statement) {
        List<String> kept = new ArrayList<>(statements);
        if (!kept.remove(statement)) throw new IllegalArgumentException("the spec has no statement '" + statement + "': " + statements);
        return new SpecDatabaseSetup(serverSettings, kept, capturedTables);
    }

    /** The same setup with one statement replaced (a rehearsal of a grant the spec used to give). */
    public SpecDatabaseSetup replace(String statement, String instead) {
        List<String> changed = new ArrayList<>(statements);
        int at = changed.indexOf(statement);
        if (at < 0) throw new IllegalArgumentException("the spec has no statement '" + statement + "': " + statements);
        changed.set(at, instead);
        return new SpecDatabaseSetup(serverSettings, changed, capturedTables);
    }

    /** The statements with the secret-store placeholder replaced by the rehearsal's own password. */
    List<String> statementsWithPassword(String password) {
        return statements.stream().map(s -> s.replace(SECRET_PLACEHOLDER, "'" + password + "'")).toList();
    }

    /**
     * Runs the statements in order with the rehearsal's password, as the spec's administrator would.
     *
     * @return the "database setup" check: passed, or failed naming the first statement the database refused
     */
    Check apply(Connection admin, String password) throws SQLException {
        List<String> withPassword = statementsWithPassword(password);
        try (Statement s = admin.createStatement()) {
            for (int i = 0; i < withPassword.size(); i++) {
                try {
                    s.execute(withPassword.get(i));
                } catch (SQLException e) {
                    return new Check("database setup", false, "the spec's statement '" + statements.get(i) + "' failed on "
                            + admin.getMetaData().getDatabaseProductName() + ": " + e.getMessage());
                }
            }
        }
        return new Check("database setup", true, statements.size() + " statements of the spec applied (role, grants, publication, "
                + "signal and heartbeat tables); server settings " + serverSettings);
    }

    /** Statements end at ';'; "-- ..." comments are dropped (they never contain ';' in the spec's snippets). */
    private static List<String> split(String code) {
        List<String> out = new ArrayList<>();
        StringBuilder withoutComments = new StringBuilder();
        for (String line : code.split("\n")) {
            int comment = line.indexOf("--");
            withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        for (String part : withoutComments.toString().split(";")) {
            if (!part.isBlank()) out.add(part.strip().replaceAll("\\s+", " ") + ";");
        }
        return out;
    }
}
