package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.cutover.SqlDialect;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where a rehearsal's JDBC sink writes: a second database on the source's throwaway server (PostgreSQL or MariaDB).
 * The source connector captures only its own database, so the sink's writes are never captured back.
 */
interface ReplicaDatabase {

    /** The database the replica tables are in. */
    String REPLICA_DATABASE = "replica";

    /**
     * Creates the replica database and the sink's login {@code user} with the spec's writer SQL where it is for this
     * kind of database, and adds the "target database setup" check.
     *
     * @param writerEdit a planted defect in the spec's writer SQL, or the identity
     * @return false when the spec's SQL failed (the check says which statement and why)
     */
    boolean create(DesignResult.Generated design, String user, String password, UnaryOperator<SpecDatabaseSetup> writerEdit,
                   List<Check> checks) throws SQLException;

    /** What {@code ${env:CDC_REPLICA_URL}} becomes in the sink's {@code connection.url=jdbc:${env:CDC_REPLICA_URL}}. */
    String sinkUrl();

    /** An administrator's connection to the replica database. */
    Connection admin() throws SQLException;

    /** The qualified table the exported sink writes {@code topic} to. */
    String table(String topic);

    /** The dialect of the runbook's reconciliation queries for this database. */
    SqlDialect dialect();
}
