package dev.cdcarchitect.rules.source;

import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.SourceKnowledge;

/** Every supported source engine mapped to its knowledge. */
public final class SourceCatalog {

    private SourceCatalog() {}

    public static SourceKnowledge of(SourceEngine engine) {
        return switch (engine) {
            case POSTGRESQL -> new PostgresKnowledge();
            case MYSQL, MARIADB -> new MySqlKnowledge(engine);
            case ORACLE -> new OracleKnowledge();
            case SQLSERVER -> new SqlServerKnowledge();
            case MONGODB -> new MongoKnowledge();
            case DB2 -> new Db2Knowledge();
            case CASSANDRA -> new CassandraKnowledge();
        };
    }
}
