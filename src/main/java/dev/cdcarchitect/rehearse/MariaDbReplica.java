package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.cutover.SqlDialect;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The MySQL/MariaDB replica as a second database on the source's throwaway MariaDB. The binlog connector reads only
 * the databases of {@code database.include.list}, so the sink's writes here are in the binlog but never captured.
 * The sink reaches it with MariaDB's own driver ({@code jdbc:mariadb:}), for which the JDBC sink has a MariaDB dialect.
 */
final class MariaDbReplica implements ReplicaDatabase {

    /** The spec's writer SQL names the replica database with this placeholder (rules/sink/ReplicaWriter). */
    static final String DATABASE_PLACEHOLDER = "<replica database>";

    private final ThrowawayMariaDb db;

    MariaDbReplica(ThrowawayMariaDb db) {
        this.db = db;
    }

    /** The spec's writer login and grants run as written, with the replica database's name filled in. */
    @Override
    public boolean create(DesignResult.Generated design, String user, String password, UnaryOperator<SpecDatabaseSetup> writerEdit,
                          List<Check> checks) throws SQLException {
        SpecDatabaseSetup spec = writerEdit.apply(RelationalTargetRehearsal.writerSetup(design));
        SpecDatabaseSetup writer = new SpecDatabaseSetup(spec.serverSettings(),
                spec.statements().stream().map(s -> s.replace(DATABASE_PLACEHOLDER, REPLICA_DATABASE)).toList(), spec.capturedTables());
        try (Connection admin = db.adminConnection(""); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + REPLICA_DATABASE);
            return RelationalTargetRehearsal.writerApplied(writer.apply(admin, password), writer.statements(),
                    " (" + DATABASE_PLACEHOLDER + " = " + REPLICA_DATABASE + ")", checks);
        }
    }

    @Override
    public String sinkUrl() {
        return "mariadb://127.0.0.1:" + db.port() + "/" + REPLICA_DATABASE;
    }

    @Override
    public Connection admin() throws SQLException {
        return db.adminConnection(REPLICA_DATABASE);
    }

    /** The exported collection.name.format=${topic}, dots to underscores; MariaDB keeps the name's case. */
    @Override
    public String table(String topic) {
        return REPLICA_DATABASE + "." + topic.replace('.', '_');
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.MYSQL;
    }
}
