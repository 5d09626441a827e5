package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec's {@code heartbeat.action.query} runs as the connector's user every {@code heartbeat.interval.ms}: the
 * rehearsal checks that its table received a row, so the query and the grants it needs are proven (a heartbeat table
 * granted INSERT and UPDATE but not SELECT is refused by PostgreSQL's ON CONFLICT, and nothing else in a run shows it).
 */
final class HeartbeatCheck {

    private static final Pattern INSERT_INTO = Pattern.compile("(?i)\\bINSERT\\s+INTO\\s+([\\w.\"]+)");
    /** Beyond one interval: the connector runs the query only when a heartbeat is due while it polls. */
    private static final long GRACE_MS = 5_000;

    private HeartbeatCheck() {}

    /** Empty when the connector has no heartbeat query (or one this check cannot read a table from). */
    static Optional<Check> run(Connection admin, Map<String, String> config) throws SQLException {
        String query = config.get("heartbeat.action.query");
        if (query == null) return Optional.empty();
        Matcher table = INSERT_INTO.matcher(query);
        if (!table.find()) return Optional.empty();
        long interval = Long.parseLong(config.getOrDefault("heartbeat.interval.ms", "0"));
        long deadline = System.nanoTime() + (interval + GRACE_MS) * 1_000_000;
        while (true) {
            long rows = rows(admin, table.group(1));
            if (rows > 0) {
                return Optional.of(new Check("heartbeat", true, "the connector ran the spec's heartbeat.action.query as its own user: "
                        + table.group(1) + " holds its row (heartbeat.interval.ms=" + interval + ")"));
            }
            if (System.nanoTime() > deadline) {
                return Optional.of(new Check("heartbeat", false, "no row in " + table.group(1) + " after " + (interval + GRACE_MS) / 1000
                        + " s: the connector's heartbeat.action.query did not run as its user. Check its grants on the table "
                        + "(INSERT ... ON CONFLICT needs SELECT, INSERT and UPDATE) and the connector's log."));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the heartbeat", e);
            }
        }
    }

    private static long rows(Connection admin, String table) throws SQLException {
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
