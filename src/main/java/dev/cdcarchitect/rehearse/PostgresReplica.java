package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.cutover.SqlDialect;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The replica as a second database on the source's throwaway PostgreSQL. What differs from production is the
 * server's settings ({@code wal_level=logical}), which the sink never reads.
 */
final class PostgresReplica implements ReplicaDatabase {

    private final ThrowawayPostgres pg;

    PostgresReplica(ThrowawayPostgres pg) {
        this.pg = pg;
    }

    /**
     * The replica database, owned by the administrator, and the spec's own writer login and grants run in it as the
     * spec writes them, so a missing grant fails the sink the way it would fail on the real replica. A design whose
     * replica is not PostgreSQL has SQL for another database: its writer is then made owner of the replica database
     * instead, and the check says so.
     */
    @Override
    public boolean create(DesignResult.Generated design, String user, String password, UnaryOperator<SpecDatabaseSetup> writerEdit,
                          List<Check> checks) throws SQLException {
        String flavour = RelationalTargetRehearsal.replicaFlavour(design);
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", pg.superuserPassword());
             Statement s = c.createStatement()) {
            if (!"PostgreSQL".equals(flavour)) {
                s.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'");
                s.execute("CREATE DATABASE " + REPLICA_DATABASE + " OWNER " + user);
                checks.add(new Check(RelationalTargetRehearsal.SETUP_CHECK, true, "the design's replica is " + flavour
                        + ", not PostgreSQL: its writer SQL was not run; " + user + " was made owner of the local replica database instead"));
                return true;
            }
            s.execute("CREATE DATABASE " + REPLICA_DATABASE);
        }
        SpecDatabaseSetup writer = writerEdit.apply(RelationalTargetRehearsal.writerSetup(design));
        try (Connection replica = admin()) {
            return RelationalTargetRehearsal.writerApplied(writer.apply(replica, password), writer.statements(), "", checks);
        }
    }

    @Override
    public String sinkUrl() {
        return "postgresql://127.0.0.1:" + pg.port() + "/" + REPLICA_DATABASE;
    }

    @Override
    public Connection admin() throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(REPLICA_DATABASE), "postgres", pg.superuserPassword());
    }

    @Override
    public String table(String topic) {
        return tableOf(topic);
    }

    /** The exported collection.name.format=${topic}, dots to underscores, in schema public. */
    static String tableOf(String topic) {
        return "public." + topic.replace('.', '_');
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }
}
