package dev.cdcarchitect.rules.base;

import dev.cdcarchitect.domain.SourceEngine;
import java.util.EnumSet;
import java.util.Set;

/**
 * The Debezium source connectors that take part in Kafka Connect's exactly-once source support, as the Debezium
 * "Exactly once delivery" page lists them: MariaDB, MongoDB, MySQL, Oracle, PostgreSQL and SQL Server. Db2 and the
 * Cassandra agent are not among them.
 */
public final class ExactlyOnceSources {

    private static final Set<SourceEngine> SUPPORTED = EnumSet.of(SourceEngine.MARIADB, SourceEngine.MONGODB, SourceEngine.MYSQL,
            SourceEngine.ORACLE, SourceEngine.POSTGRESQL, SourceEngine.SQLSERVER);

    private ExactlyOnceSources() {}

    public static boolean supports(SourceEngine engine) {
        return SUPPORTED.contains(engine);
    }
}
