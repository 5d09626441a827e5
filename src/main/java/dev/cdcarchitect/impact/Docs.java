package dev.cdcarchitect.impact;

import dev.cdcarchitect.domain.Reference;

/** The documentation every impact statement rests on (Debezium 3.x, Kafka 4.x, each sink's own pages). */
final class Docs {
    private static final String DBZ = "https://debezium.io/documentation/reference/stable/";

    static final Reference PG_NO_DDL = new Reference("Debezium PostgreSQL connector: limitations (no DDL events)", DBZ + "connectors/postgresql.html#postgresql-limitations");
    static final Reference PG_DEFAULTS = new Reference("Debezium PostgreSQL connector: default values", DBZ + "connectors/postgresql.html#postgresql-default-values");
    static final Reference PG_PUBLICATION = new Reference("Debezium PostgreSQL connector: publication.autocreate.mode", DBZ + "connectors/postgresql.html#postgresql-publication-autocreate-mode");
    static final Reference PG_PARTITION_ROOT = new Reference("Debezium PostgreSQL connector: publish.via.partition.root", DBZ + "connectors/postgresql.html#postgresql-property-publish-via-partition-root");
    static final Reference PG_CREATE_PUBLICATION = new Reference("PostgreSQL: CREATE PUBLICATION", "https://www.postgresql.org/docs/current/sql-createpublication.html");
    static final Reference PG_ALTER_TABLE = new Reference("PostgreSQL: ALTER TABLE", "https://www.postgresql.org/docs/current/sql-altertable.html");
    static final Reference MYSQL_HISTORY = new Reference("Debezium MySQL connector: schema history topic", DBZ + "connectors/mysql.html#mysql-schema-history-topic");
    static final Reference MYSQL_CHANGE_TOPIC = new Reference("Debezium MySQL connector: schema change topic", DBZ + "connectors/mysql.html#mysql-schema-change-topic");
    static final Reference MARIADB_HISTORY = new Reference("Debezium MariaDB connector: schema history topic", DBZ + "connectors/mariadb.html#mariadb-schema-history-topic");
    static final Reference MYSQL_KEYS = new Reference("Debezium MySQL connector: change event keys", DBZ + "connectors/mysql.html#mysql-change-event-keys");
    static final Reference MYSQL_TEMPORAL = new Reference("Debezium MySQL connector: temporal types (CURRENT_TIMESTAMP defaults)", DBZ + "connectors/mysql.html#mysql-temporal-types");
    static final Reference SCHEMA_BUILDER = new Reference("Debezium 3.6.1 TableSchemaBuilder (optional columns, defaults in the schema)",
            "https://github.com/debezium/debezium/blob/v3.6.1.Final/debezium-connector-common/src/main/java/io/debezium/relational/TableSchemaBuilder.java");
    static final Reference ORACLE_HISTORY = new Reference("Debezium Oracle connector: schema history topic", DBZ + "connectors/oracle.html#oracle-schema-history-topic");
    static final Reference ORACLE_STRATEGY = new Reference("Debezium Oracle connector: log.mining.strategy", DBZ + "connectors/oracle.html#oracle-property-log-mining-strategy");
    static final Reference ORACLE_DEFAULTS = new Reference("Debezium Oracle connector: default values", DBZ + "connectors/oracle.html#oracle-default-values");
    static final Reference ORACLE_SUPPLEMENTAL = new Reference("Debezium Oracle connector: preparing the database (supplemental logging)", DBZ + "connectors/oracle.html");
    static final Reference SQLSERVER_EVOLUTION = new Reference("Debezium SQL Server connector: schema evolution", DBZ + "connectors/sqlserver.html#sqlserver-schema-evolution");
    static final Reference SQLSERVER_ONLINE = new Reference("Debezium SQL Server connector: online schema updates", DBZ + "connectors/sqlserver.html#online-schema-updates");
    static final Reference DB2_EVOLUTION = new Reference("Debezium Db2 connector: schema evolution", DBZ + "connectors/db2.html#db2-schema-evolution");
    static final Reference MONGO_VALUE = new Reference("Debezium MongoDB connector: change event values", DBZ + "connectors/mongodb.html#mongodb-change-events-value");
    static final Reference MONGO_FLATTENING = new Reference("Debezium MongoDB new document state extraction: limitations", DBZ + "transformations/mongodb-event-flattening.html");
    static final Reference CASSANDRA_EVOLUTION = new Reference("Debezium Cassandra connector: schema evolution", DBZ + "connectors/cassandra.html#cassandra-schema-evolution");
    static final Reference AVRO_COMPATIBILITY = new Reference("Apache Avro 1.12.1 SchemaCompatibility (what the registry runs)",
            "https://github.com/apache/avro/blob/release-1.12.1/lang/java/avro/src/main/java/org/apache/avro/SchemaCompatibility.java");
    static final Reference APICURIO_PROTOBUF = new Reference("Apicurio Registry 3.1.7 Protobuf compatibility checker (what the registry runs)",
            "https://github.com/Apicurio/apicurio-registry/blob/3.1.7/schema-util/protobuf/src/main/java/io/apicurio/registry/protobuf/rules/compatibility/protobuf/ProtobufCompatibilityCheckerLibrary.java");
    static final Reference CONFLUENT_PROTOBUF_DATA = new Reference("Confluent ProtobufData (Connect schema to Protobuf: field numbers, optional fields, decimals)",
            "https://github.com/confluentinc/schema-registry/blob/master/protobuf-converter/src/main/java/io/confluent/connect/protobuf/ProtobufData.java");
    static final Reference PROTOBUF_UPDATING = new Reference("Protocol Buffers language guide (proto3): updating a message type",
            "https://protobuf.dev/programming-guides/proto3/#updating");
    static final Reference AVRO_RESOLUTION = new Reference("Apache Avro specification: schema resolution", "https://avro.apache.org/docs/1.12.0/specification/#schema-resolution");
    static final Reference REGISTRY_COMPATIBILITY = new Reference("Confluent Schema Registry: compatibility types",
            "https://docs.confluent.io/platform/current/schema-registry/fundamentals/schema-evolution.html");
    static final Reference CONFLUENT_AVRO_DATA = new Reference("Confluent AvroData (Connect schema to Avro: optional fields, defaults, decimals)",
            "https://github.com/confluentinc/schema-registry/blob/master/avro-data/src/main/java/io/confluent/connect/avro/AvroData.java");
    static final Reference DECIMAL_PRECISE = new Reference("Debezium PostgreSQL connector: decimal types (decimal.handling.mode=precise)", DBZ + "connectors/postgresql.html#postgresql-decimal-types");
    static final Reference KAFKA_KEY_PARTITIONING = new Reference("Kafka 4.0 ProducerRecord (a key's hash chooses the partition)",
            "https://kafka.apache.org/40/javadoc/org/apache/kafka/clients/producer/ProducerRecord.html");
    static final Reference JDBC_SINK_EVOLUTION = new Reference("Debezium JDBC sink: schema evolution", DBZ + "connectors/jdbc.html#jdbc-schema-evolution");
    static final Reference SNOWFLAKE_SCHEMATIZATION = new Reference("Snowflake Kafka connector: schema detection and evolution",
            "https://docs.snowflake.com/en/user-guide/data-load-snowpipe-streaming-kafka-schema-detection");
    static final Reference SNOWFLAKE_EVOLUTION = new Reference("Snowflake: table schema evolution", "https://docs.snowflake.com/en/user-guide/data-load-schema-evolution");
    static final Reference BIGQUERY_CONFIG = new Reference("BigQuery sink connector 2.5.11: configuration (BigQuerySinkConfig)",
            "https://github.com/confluentinc/kafka-connect-bigquery/blob/v2.5.11/kcbq-connector/src/main/java/com/wepay/kafka/connect/bigquery/config/BigQuerySinkConfig.java");
    static final Reference BIGQUERY_SCHEMA_MANAGER = new Reference("BigQuery sink connector 2.5.11: SchemaManager (schema updates)",
            "https://github.com/confluentinc/kafka-connect-bigquery/blob/v2.5.11/kcbq-connector/src/main/java/com/wepay/kafka/connect/bigquery/SchemaManager.java");
    static final Reference ES_CONNECTOR = new Reference("Elasticsearch sink connector: configuration (schema.ignore)",
            "https://docs.confluent.io/kafka-connectors/elasticsearch/current/configuration_options.html");
    static final Reference ES_MAPPING = new Reference("Elasticsearch: explicit mapping (field types cannot change)", "https://www.elastic.co/docs/manage-data/data-store/mapping/explicit-mapping");
    static final Reference ES_DYNAMIC = new Reference("Elasticsearch: dynamic field mapping", "https://www.elastic.co/docs/manage-data/data-store/mapping/dynamic-field-mapping");
    static final Reference ES_MALFORMED = new Reference("Elasticsearch: ignore_malformed (a wrong type rejects the document)",
            "https://www.elastic.co/docs/reference/elasticsearch/mapping-reference/ignore-malformed");
    static final Reference OS_CONNECTOR = new Reference("OpenSearch sink connector (Aiven): configuration options",
            "https://github.com/Aiven-Open/opensearch-connector-for-apache-kafka/blob/main/docs/opensearch-sink-connector-config-options.rst");
    static final Reference OS_MALFORMED = new Reference("OpenSearch: ignore_malformed", "https://docs.opensearch.org/latest/mappings/mapping-parameters/ignore-malformed");
    static final Reference ICEBERG_SINK = new Reference("Apache Iceberg Kafka Connect sink", "https://iceberg.apache.org/docs/latest/kafka-connect/");
    static final Reference ICEBERG_SCHEMA_UTILS = new Reference("Iceberg Kafka Connect SchemaUtils (type updates the sink makes)",
            "https://github.com/apache/iceberg/blob/main/kafka-connect/kafka-connect/src/main/java/org/apache/iceberg/connect/data/SchemaUtils.java");
    static final Reference DELTA_UPDATE_SCHEMA = new Reference("Databricks: update Delta Lake table schema", "https://docs.databricks.com/aws/en/delta/update-schema");
    static final Reference DELTA_COLUMN_MAPPING = new Reference("Delta Lake: column mapping", "https://docs.delta.io/delta-column-mapping");
    static final Reference CLICKHOUSE_CONFIG = new Reference("ClickHouse Kafka Connect sink 1.5.0: configuration (auto.evolve)",
            "https://github.com/ClickHouse/clickhouse-kafka-connect/blob/v1.5.0/src/main/java/com/clickhouse/kafka/connect/sink/ClickHouseSinkConfig.java");
    static final Reference S3_SINK = new Reference("Amazon S3 sink connector: schema evolution (schema.compatibility)",
            "https://docs.confluent.io/kafka-connectors/s3-sink/current/overview.html");

    /** The include-list property of each engine's connector (collections for MongoDB). */
    static Reference includeList(dev.cdcarchitect.domain.SourceEngine engine) {
        String page = switch (engine) {
            case POSTGRESQL -> "postgresql";
            default -> engine.slug();
        };
        String property = engine == dev.cdcarchitect.domain.SourceEngine.MONGODB ? "collection-include-list" : "table-include-list";
        return new Reference("Debezium " + engine.displayName() + " connector: " + property.replace('-', '.'),
                DBZ + "connectors/" + page + ".html#" + page + "-property-" + property);
    }

    private Docs() {}
}
