package dev.cdcarchitect.export.monitoring;

import java.util.List;

/**
 * The exporters the rules assume besides the JMX exporter, each with the metric names it documents that the rules
 * may use. A test checks every metric in the rules is produced by {@link JmxExporterConfig} or listed here.
 */
enum Exporters {
    KAFKA_EXPORTER("kafka_exporter (danielqsj/kafka_exporter)", "https://github.com/danielqsj/kafka_exporter#metrics",
            "Consumer-group lag per sink, heartbeat and dead-letter topic offsets.",
            List.of("kafka_consumergroup_lag", "kafka_topic_partition_current_offset")),
    POSTGRES_EXPORTER("postgres_exporter (prometheus-community)",
            "https://github.com/prometheus-community/postgres_exporter/blob/master/collector/pg_replication_slot.go",
            "Replication slot activity and WAL headroom (collector replication_slot, on by default).",
            List.of("pg_replication_slot_slot_is_active", "pg_replication_slot_safe_wal_size_bytes",
                    "pg_replication_slot_slot_current_wal_lsn", "pg_replication_slot_slot_confirmed_flush_lsn")),
    MYSQLD_EXPORTER("mysqld_exporter (prometheus)", "https://github.com/prometheus/mysqld_exporter/blob/main/collector/binlog.go and collector/global_variables.go",
            "Binlog size (--collect.binlog_size) and binlog_expire_logs_seconds (global variables, on by default); MariaDB too.",
            List.of("mysql_binlog_size_bytes", "mysql_global_variables_binlog_expire_logs_seconds")),
    MONGODB_EXPORTER("mongodb_exporter (percona) with --compatible-mode", "https://github.com/percona/mongodb_exporter",
            "The oplog window (newest minus oldest oplog entry).",
            List.of("mongodb_mongod_replset_oplog_head_timestamp", "mongodb_mongod_replset_oplog_tail_timestamp"));

    private final String title;
    private final String docs;
    private final String purpose;
    private final List<String> metrics;

    Exporters(String title, String docs, String purpose, List<String> metrics) {
        this.title = title;
        this.docs = docs;
        this.purpose = purpose;
        this.metrics = metrics;
    }

    String title() { return title; }

    String docs() { return docs; }

    String purpose() { return purpose; }

    List<String> metrics() { return metrics; }
}
