package dev.cdcarchitect.rules.base;

import dev.cdcarchitect.domain.Reference;

/** Official documentation the rules cite. One place, so a moved page is fixed once. */
public final class Refs {

    private static final String DBZ = "https://debezium.io/documentation/reference/stable/";

    public static final Reference DBZ_POSTGRES = new Reference("Debezium PostgreSQL connector", DBZ + "connectors/postgresql.html");
    public static final Reference DBZ_MYSQL = new Reference("Debezium MySQL connector", DBZ + "connectors/mysql.html");
    public static final Reference DBZ_MARIADB = new Reference("Debezium MariaDB connector", DBZ + "connectors/mariadb.html");
    public static final Reference DBZ_ORACLE = new Reference("Debezium Oracle connector", DBZ + "connectors/oracle.html");
    public static final Reference AVRO_SPEC = new Reference("Apache Avro specification: schema resolution (type promotion)",
            "https://avro.apache.org/docs/1.12.0/specification/#schema-resolution");
    public static final Reference DBZ_SQLSERVER = new Reference("Debezium SQL Server connector", DBZ + "connectors/sqlserver.html");
    public static final Reference DBZ_MONGODB = new Reference("Debezium MongoDB connector", DBZ + "connectors/mongodb.html");
    public static final Reference DBZ_DB2 = new Reference("Debezium Db2 connector", DBZ + "connectors/db2.html");
    public static final Reference DBZ_CASSANDRA = new Reference("Debezium Cassandra connector", DBZ + "connectors/cassandra.html");
    public static final Reference DBZ_JDBC_SINK = new Reference("Debezium JDBC sink connector", DBZ + "connectors/jdbc.html");
    public static final Reference DBZ_SIGNALLING = new Reference("Debezium signalling and incremental snapshots", DBZ + "configuration/signalling.html");
    public static final Reference DBZ_EOS = new Reference("Debezium exactly-once delivery", DBZ + "configuration/eos.html");
    public static final Reference DBZ_UNWRAP = new Reference("Debezium New Record State Extraction SMT", DBZ + "transformations/event-flattening.html");
    public static final Reference DBZ_MONGODB_UNWRAP = new Reference("Debezium MongoDB New Document State Extraction SMT",
            DBZ + "transformations/mongodb-event-flattening.html");
    public static final Reference DBZ_TOPIC_ROUTING = new Reference("Debezium Topic Routing SMT", DBZ + "transformations/topic-routing.html");
    public static final Reference DBZ_AVRO = new Reference("Debezium Avro serialization", DBZ + "configuration/avro.html");
    /** The SMT's reference page does not say it; its source does: a truncate event is dropped (handleTruncateRecord returns null). */
    public static final Reference DBZ_UNWRAP_TRUNCATE = new Reference("Debezium source: ExtractNewRecordState drops truncate events",
            "https://github.com/debezium/debezium/blob/main/debezium-connect-plugins/src/main/java/io/debezium/transforms/extractnewstate/AbstractExtractRecordStrategy.java");
    public static final Reference DBZ_RESELECT = new Reference("Debezium Reselect Columns post processor", DBZ + "post-processors/reselect-columns.html");
    public static final Reference DBZ_SERVER = new Reference("Debezium Server", DBZ + "operations/debezium-server.html");
    public static final Reference DBZ_ORACLE_XSTREAM = new Reference("Debezium Oracle connector: XStream support", DBZ + "connectors/oracle.html#oracle-xstreams-support");
    public static final Reference DBZ_MONITORING = new Reference("Debezium monitoring", DBZ + "operations/monitoring.html");

    public static final Reference KAFKA_TOPIC_CONFIGS = new Reference("Apache Kafka topic configs", "https://kafka.apache.org/documentation/#topicconfigs");
    public static final Reference KAFKA_PRODUCER_CONFIGS = new Reference("Apache Kafka producer configs", "https://kafka.apache.org/documentation/#producerconfigs");
    public static final Reference KAFKA_CONSUMER_CONFIGS = new Reference("Apache Kafka consumer configs", "https://kafka.apache.org/documentation/#consumerconfigs");
    public static final Reference KAFKA_CONNECT_CONFIGS = new Reference("Apache Kafka Connect configs", "https://kafka.apache.org/documentation/#connectconfigs");
    public static final Reference KAFKA_CONNECT_EOS = new Reference("Kafka Connect exactly-once source support", "https://kafka.apache.org/documentation/#connect_exactlyoncesource");
    public static final Reference KAFKA_CONNECT_REST = new Reference("Kafka Connect REST API (offsets)", "https://kafka.apache.org/documentation/#connect_rest");
    public static final Reference KAFKA_QUOTAS = new Reference("Apache Kafka quotas", "https://kafka.apache.org/documentation/#design_quotas");
    public static final Reference KAFKA_BROKER_CONFIGS = new Reference("Apache Kafka broker configs", "https://kafka.apache.org/documentation/#brokerconfigs");
    public static final Reference KAFKA_STREAMS_CONFIG = new Reference("Kafka Streams: processing.guarantee", "https://kafka.apache.org/documentation/streams/developer-guide/config-streams.html#processing-guarantee");
    public static final Reference KAFKA_GEO = new Reference("Apache Kafka geo-replication (MirrorMaker 2)", "https://kafka.apache.org/documentation/#georeplication");
    public static final Reference KIP_297 = new Reference("KIP-297: Externalizing secrets for Connect configurations", "https://cwiki.apache.org/confluence/display/KAFKA/KIP-297%3A+Externalizing+Secrets+for+Connect+Configurations");
    public static final Reference KIP_298 = new Reference("KIP-298: Error handling in Connect (dead letter queues)", "https://cwiki.apache.org/confluence/display/KAFKA/KIP-298%3A+Error+Handling+in+Connect");
    public static final Reference KIP_618 = new Reference("KIP-618: Exactly-once support for source connectors", "https://cwiki.apache.org/confluence/display/KAFKA/KIP-618%3A+Exactly-Once+Support+for+Source+Connectors");
    public static final Reference KIP_875 = new Reference("KIP-875: First-class offsets support in Kafka Connect", "https://cwiki.apache.org/confluence/display/KAFKA/KIP-875%3A+First-class+offsets+support+in+Kafka+Connect");
    public static final Reference FLINK_KAFKA = new Reference("Apache Flink Kafka connector (DataStream): fault tolerance", "https://nightlies.apache.org/flink/flink-docs-stable/docs/connectors/datastream/kafka/");
    public static final Reference FLINK_KAFKA_SQL = new Reference("Apache Flink Kafka SQL connector: consistency guarantees", "https://nightlies.apache.org/flink/flink-docs-stable/docs/connectors/table/kafka/");
    public static final Reference CONFLUENT_PARTITIONS = new Reference("Confluent: how to choose the number of topics/partitions", "https://www.confluent.io/blog/how-choose-number-topics-partitions-kafka-cluster/");
    public static final Reference CONFLUENT_SCHEMA_EVOLUTION = new Reference("Confluent Schema Registry: schema evolution and compatibility", "https://docs.confluent.io/platform/current/schema-registry/fundamentals/schema-evolution.html");
    public static final Reference CONFLUENT_SUBJECT_NAMING = new Reference("Confluent Schema Registry: subject name strategy", "https://docs.confluent.io/platform/current/schema-registry/fundamentals/serdes-develop/index.html");
    public static final Reference CONFLUENT_CONNECT_DLQ = new Reference("Confluent: Kafka Connect dead letter queue", "https://docs.confluent.io/platform/current/connect/index.html#dead-letter-queue");
    public static final Reference CONFLUENT_CONNECT_SIZING = new Reference("Confluent: Kafka Connect workers and tasks", "https://docs.confluent.io/platform/current/connect/concepts.html");
    public static final Reference APICURIO = new Reference("Apicurio Registry documentation", "https://www.apicur.io/registry/docs/");

    public static final Reference KAFKA_SASL_SCRAM = new Reference("Apache Kafka: authentication using SASL/SCRAM", "https://kafka.apache.org/documentation/#security_sasl_scram");
    public static final Reference CONFLUENT_CONNECT_SECURITY = new Reference("Confluent: Kafka Connect security (producer., consumer. and admin. prefixes)", "https://docs.confluent.io/platform/current/connect/security.html");
    public static final Reference CONFLUENT_PLATFORM_SCRAM = new Reference("Confluent Platform: SASL/SCRAM authentication", "https://docs.confluent.io/platform/current/security/authentication/sasl/scram/overview.html");
    public static final Reference CONFLUENT_CLOUD_CONNECT = new Reference("Confluent Cloud: connect self-managed Kafka Connect to Confluent Cloud", "https://docs.confluent.io/cloud/current/cp-component/connect-cloud-config.html");
    public static final Reference CONFLUENT_CLOUD_API_KEYS = new Reference("Confluent Cloud: API keys", "https://docs.confluent.io/cloud/current/using/api-keys.html");
    public static final Reference AWS_MSK_SERVERLESS = new Reference("Amazon MSK Developer Guide: MSK Serverless (IAM access control)",
            "https://docs.aws.amazon.com/msk/latest/developerguide/serverless.html");
    public static final Reference AWS_MSK_IAM_AUTH = new Reference("aws-msk-iam-auth: configuring a Kafka client to use AWS IAM", "https://github.com/aws/aws-msk-iam-auth");
    public static final Reference AWS_MSK_PORTS = new Reference("Amazon MSK: port information", "https://docs.aws.amazon.com/msk/latest/developerguide/port-info.html");
    public static final Reference AWS_MSK_CONNECT_AUTH = new Reference("MSK Connect API: KafkaClusterClientAuthentication (NONE or IAM)", "https://docs.aws.amazon.com/MSKC/latest/mskc/API_KafkaClusterClientAuthentication.html");
    public static final Reference REDPANDA_SCRAM_USER = new Reference("Redpanda: rpk security user create (SCRAM-SHA-256 and SCRAM-SHA-512)", "https://docs.redpanda.com/streaming/26.1/reference/rpk/rpk-security/rpk-security-user-create/");
    public static final Reference STRIMZI_SCRAM = new Reference("Strimzi: KafkaClientAuthenticationScramSha512 schema reference", "https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaClientAuthenticationScramSha512-reference");
    public static final Reference AZURE_EVENT_HUBS_KAFKA = new Reference("Azure Event Hubs for Apache Kafka: security and authentication", "https://learn.microsoft.com/en-us/azure/event-hubs/azure-event-hubs-kafka-overview");
    public static final Reference AZURE_EVENT_HUBS_CONNECT = new Reference("Azure Event Hubs: integrate Apache Kafka Connect", "https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-kafka-connect-tutorial");

    public static final Reference PG_LOGICAL_DECODING = new Reference("PostgreSQL: logical decoding", "https://www.postgresql.org/docs/current/logicaldecoding.html");
    public static final Reference PG_INSERT_ON_CONFLICT = new Reference("PostgreSQL: INSERT ... ON CONFLICT (privileges it needs)", "https://www.postgresql.org/docs/current/sql-insert.html");
    public static final Reference PG_REPLICATION_CONFIG = new Reference("PostgreSQL: replication settings (max_slot_wal_keep_size)", "https://www.postgresql.org/docs/current/runtime-config-replication.html");
    public static final Reference PG_RESOURCE_CONFIG = new Reference("PostgreSQL: resource settings (logical_decoding_work_mem)", "https://www.postgresql.org/docs/current/runtime-config-resource.html");
    public static final Reference PG_ALTER_TABLE = new Reference("PostgreSQL: ALTER TABLE ... REPLICA IDENTITY", "https://www.postgresql.org/docs/current/sql-altertable.html");
    public static final Reference PG_CREATE_PUBLICATION = new Reference("PostgreSQL: CREATE PUBLICATION (publish, publish_via_partition_root)", "https://www.postgresql.org/docs/current/sql-createpublication.html");
    public static final Reference PG_FAILOVER = new Reference("PostgreSQL 17: logical replication failover", "https://www.postgresql.org/docs/17/logical-replication-failover.html");
    public static final Reference AWS_RDS_PG_LOGICAL = new Reference("Amazon RDS for PostgreSQL: logical replication", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.FeatureSupport.LogicalReplication.html");
    public static final Reference AWS_AURORA_PG_LOGICAL = new Reference("Aurora PostgreSQL: logical replication", "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.Replication.Logical.html");
    public static final Reference GCP_CLOUD_SQL_PG_LOGICAL = new Reference("Cloud SQL for PostgreSQL: logical replication", "https://cloud.google.com/sql/docs/postgres/replication/configure-logical-replication");
    public static final Reference AZURE_PG_LOGICAL = new Reference("Azure Database for PostgreSQL flexible server: logical replication", "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-logical");
    public static final Reference PG_SCHEMA_PRIVILEGES = new Reference("PostgreSQL: schemas and privileges (PUBLIC has no CREATE on schema public since 15)", "https://www.postgresql.org/docs/current/ddl-schemas.html#DDL-SCHEMAS-PRIV");
    public static final Reference PG_PRIVILEGES = new Reference("PostgreSQL: privileges (the owner holds all; ALTER TABLE needs ownership)", "https://www.postgresql.org/docs/current/ddl-priv.html");
    public static final Reference MYSQL_PRIVILEGES = new Reference("MySQL: privileges provided (TRUNCATE TABLE needs DROP)", "https://dev.mysql.com/doc/refman/8.0/en/privileges-provided.html");
    public static final Reference SQLSERVER_CREATE_TABLE = new Reference("SQL Server: CREATE TABLE permissions (CREATE TABLE, ALTER on the schema)", "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-table-transact-sql#permissions");
    public static final Reference ORACLE_CREATE_TABLE = new Reference("Oracle 19c: CREATE TABLE (CREATE TABLE privilege, tablespace quota)", "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-TABLE.html");
    public static final Reference MYSQL_BINLOG = new Reference("MySQL: binary log options", "https://dev.mysql.com/doc/refman/8.0/en/replication-options-binary-log.html");
    public static final Reference MYSQL_GTID = new Reference("MySQL: GTID concepts", "https://dev.mysql.com/doc/refman/8.0/en/replication-gtids-concepts.html");
    public static final Reference MYSQL_JSON_REPLICATION = new Reference("MySQL: replication of JSON documents", "https://dev.mysql.com/doc/refman/8.0/en/replication-features-json.html");
    public static final Reference AWS_RDS_MYSQL_BINLOG = new Reference("Amazon RDS for MySQL: binlog retention (mysql.rds_set_configuration)", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-stored-proc-configuring.html");
    public static final Reference MARIADB_BINLOG = new Reference("MariaDB: binary log formats", "https://mariadb.com/kb/en/binary-log-formats/");
    public static final Reference ORACLE_LOGMINER = new Reference("Oracle 19c: LogMiner and supplemental logging", "https://docs.oracle.com/en/database/oracle/oracle-database/19/sutil/oracle-logminer-utility.html");
    public static final Reference ORACLE_ARCHIVELOG = new Reference("Oracle 19c: managing archived redo log files", "https://docs.oracle.com/en/database/oracle/oracle-database/19/admin/managing-archived-redo-log-files.html");
    public static final Reference AWS_RDS_ORACLE_LOGS = new Reference("Amazon RDS for Oracle: archived redo logs and supplemental logging", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.Oracle.CommonDBATasks.Log.html");
    public static final Reference DBZ_ORACLE_USER = new Reference("Debezium Oracle connector: creating a user account for the connector", DBZ + "connectors/oracle.html#creating-users-for-the-connector");
    public static final Reference DBZ_ORACLE_CDB = new Reference("Debezium Oracle connector: pluggable vs non-pluggable databases (no database.pdb.name for a non-CDB)", DBZ + "connectors/oracle.html#pluggable-vs-non-pluggable-databases");
    public static final Reference AWS_RDS_ORACLE_SYS_GRANTS = new Reference("Amazon RDS for Oracle: granting SELECT or EXECUTE privileges to SYS objects (rdsadmin_util.grant_sys_object)", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.Oracle.CommonDBATasks.TransferPrivileges.html");
    public static final Reference AWS_RDS_ORACLE_ARCHITECTURE = new Reference("Amazon RDS for Oracle architecture: CDB or non-CDB; you connect to the PDB and can't access the CDB", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Oracle.Concepts.single-tenant.html");
    public static final Reference DBZ_ORACLE_RDS_CDB = new Reference("Debezium pull request 7453: support AWS RDS Oracle with CDB deployments (open; not in 3.6)", "https://github.com/debezium/debezium/pull/7453");
    public static final Reference SQLSERVER_CDC = new Reference("SQL Server: enable and disable change data capture", "https://learn.microsoft.com/en-us/sql/relational-databases/track-changes/enable-and-disable-change-data-capture-sql-server");
    public static final Reference SQLSERVER_CDC_JOB = new Reference("SQL Server: sys.sp_cdc_change_job", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sys-sp-cdc-change-job-transact-sql");
    public static final Reference DBZ_ORACLE_MINING_STRATEGIES = new Reference("Debezium Oracle: LogMiner mining strategies", DBZ + "connectors/oracle.html#oracle-logminer-mining-strategies");
    public static final Reference SQLSERVER_SNAPSHOT_ISOLATION = new Reference("SQL Server: SET TRANSACTION ISOLATION LEVEL", "https://learn.microsoft.com/en-us/sql/t-sql/statements/set-transaction-isolation-level-transact-sql");
    public static final Reference MONGODB_CHANGE_STREAMS = new Reference("MongoDB: change streams", "https://www.mongodb.com/docs/manual/changeStreams/");
    public static final Reference MONGODB_BUILT_IN_ROLES = new Reference("MongoDB: built-in roles (read, readAnyDatabase)", "https://www.mongodb.com/docs/manual/reference/built-in-roles/");
    public static final Reference MONGODB_USER_DEFINED_ROLES = new Reference("MongoDB: user-defined roles (collection privileges)", "https://www.mongodb.com/docs/manual/core/security-user-defined-roles/");
    public static final Reference MONGODB_OPLOG = new Reference("MongoDB: replica set oplog", "https://www.mongodb.com/docs/manual/core/replica-set-oplog/");
    public static final Reference DB2_SQL_REPLICATION = new Reference("IBM Db2 11.5: SQL replication", "https://www.ibm.com/docs/en/db2/11.5?topic=replication-sql");
    public static final Reference CASSANDRA_CDC = new Reference("Apache Cassandra: change data capture", "https://cassandra.apache.org/doc/latest/cassandra/managing/operating/cdc.html");

    public static final Reference ORACLE_XSTREAM_OUT = new Reference("Oracle 19c: XStream Out concepts", "https://docs.oracle.com/en/database/oracle/oracle-database/19/xstrm/xstream-out-concepts.html");
    public static final Reference ORACLE_INSTANT_CLIENT = new Reference("Oracle Instant Client downloads (ojdbc11.jar, xstreams.jar)", "https://www.oracle.com/database/technologies/instant-client/downloads.html");

    public static final Reference PUBSUB_ORDERING = new Reference("Google Cloud Pub/Sub: order messages", "https://cloud.google.com/pubsub/docs/ordering");
    public static final Reference PUBSUB_TOPIC_NAMES = new Reference("Google Cloud Pub/Sub API: topic resource (naming rules)", "https://cloud.google.com/pubsub/docs/reference/rest/v1/projects.topics");
    public static final Reference PUBSUB_BIGQUERY = new Reference("Google Cloud Pub/Sub: BigQuery subscriptions", "https://cloud.google.com/pubsub/docs/bigquery");
    public static final Reference DATAFLOW_DEBEZIUM_BIGQUERY = new Reference("Dataflow template: CDC from MySQL to BigQuery using Debezium and Pub/Sub", "https://cloud.google.com/dataflow/docs/guides/templates/provided/mysql-change-data-capture-to-bigquery");
    public static final Reference KINESIS_PUT_RECORDS = new Reference("Amazon Kinesis Data Streams API: PutRecords", "https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html");
    public static final Reference KINESIS_PUT_RECORD = new Reference("Amazon Kinesis Data Streams API: PutRecord (ordering within a shard)", "https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html");
    public static final Reference EVENT_HUBS_FEATURES = new Reference("Azure Event Hubs: features and terminology (partitions, partition keys)", "https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-features");
    public static final Reference PULSAR_KEY_SHARED = new Reference("Apache Pulsar: batching for Key_Shared subscriptions", "https://pulsar.apache.org/docs/next/concepts-messaging/#batching-for-key_shared-subscriptions");
    public static final Reference REDIS_STREAMS = new Reference("Redis Streams", "https://redis.io/docs/data-types/streams/");
    public static final Reference RABBITMQ_QUEUES = new Reference("RabbitMQ: queues (FIFO ordering)", "https://www.rabbitmq.com/docs/queues");
    public static final Reference NATS_JETSTREAM_STREAMS = new Reference("NATS JetStream: streams", "https://docs.nats.io/nats-concepts/jetstream/streams");

    public static final Reference SNOWFLAKE_KAFKA = new Reference("Snowflake Connector for Kafka", "https://docs.snowflake.com/en/user-guide/kafka-connector");
    public static final Reference SNOWFLAKE_STREAMING = new Reference("Snowflake: Snowpipe Streaming with the Kafka connector", "https://docs.snowflake.com/en/user-guide/data-load-snowpipe-streaming-kafka");
    public static final Reference SNOWFLAKE_DYNAMIC_TABLES = new Reference("Snowflake: dynamic tables", "https://docs.snowflake.com/en/user-guide/dynamic-tables-about");
    public static final Reference SNOWFLAKE_TARGET_LAG = new Reference("Snowflake: dynamic table target lag", "https://docs.snowflake.com/en/user-guide/dynamic-tables-target-lag");
    public static final Reference ELASTIC_SINK = new Reference("Elasticsearch Service Sink connector", "https://docs.confluent.io/kafka-connectors/elasticsearch/current/overview.html");
    public static final Reference OPENSEARCH_SINK = new Reference("OpenSearch sink connector for Apache Kafka", "https://github.com/Aiven-Open/opensearch-connector-for-apache-kafka");
    public static final Reference ELASTIC_SINK_CONFIG = new Reference("Elasticsearch Service Sink connector: configuration reference (key.ignore, behavior.on.null.values)",
            "https://docs.confluent.io/kafka-connectors/elasticsearch/current/configuration_options.html");
    public static final Reference OPENSEARCH_SINK_CONFIG = new Reference("OpenSearch sink connector: configuration options (key.ignore, behavior.on.null.values)",
            "https://github.com/Aiven-Open/opensearch-connector-for-apache-kafka/blob/main/docs/opensearch-sink-connector-config-options.rst");
    public static final Reference KAFKA_CONNECT_TRANSFORMS = new Reference("Apache Kafka Connect transformations (ExtractField)", "https://kafka.apache.org/documentation/#connect_transforms");
    public static final Reference BIGQUERY_CDC = new Reference("BigQuery: stream table updates with change data capture", "https://cloud.google.com/bigquery/docs/change-data-capture");
    public static final Reference BIGQUERY_SINK = new Reference("Google BigQuery Sink connector", "https://docs.confluent.io/kafka-connectors/bigquery/current/overview.html");
    public static final Reference S3_SINK = new Reference("Amazon S3 Sink connector", "https://docs.confluent.io/kafka-connectors/s3-sink/current/overview.html");
    public static final Reference ICEBERG_CONNECT = new Reference("Apache Iceberg Kafka Connect sink", "https://iceberg.apache.org/docs/latest/kafka-connect/");
    public static final Reference DATABRICKS_APPLY_CHANGES = new Reference("Databricks: change data capture with APPLY CHANGES", "https://docs.databricks.com/en/delta-live-tables/cdc.html");
    public static final Reference DATABRICKS_KAFKA = new Reference("Databricks: stream processing with Apache Kafka", "https://docs.databricks.com/en/connect/streaming/kafka.html");
    public static final Reference DELTA_MERGE = new Reference("Delta Lake: upsert with MERGE", "https://docs.delta.io/latest/delta-update.html");
    public static final Reference REDIS_SINK = new Reference("Redis Kafka Connector", "https://redis.github.io/redis-kafka-connect/");
    public static final Reference CLICKHOUSE_SINK = new Reference("ClickHouse Kafka Connect sink", "https://clickhouse.com/docs/en/integrations/kafka/clickhouse-kafka-connect-sink");
    public static final Reference CLICKHOUSE_REPLACING = new Reference("ClickHouse: ReplacingMergeTree", "https://clickhouse.com/docs/en/engines/table-engines/mergetree-family/replacingmergetree");

    private Refs() {}
}
