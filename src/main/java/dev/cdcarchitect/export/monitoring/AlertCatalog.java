package dev.cdcarchitect.export.monitoring;

import static dev.cdcarchitect.domain.Units.decimal;
import static dev.cdcarchitect.domain.Units.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The alerting rules of one design. Metric names are those of the exporters named in {@link Exporters}: Kafka
 * Connect and Debezium through the JMX exporter configuration this bundle ships ({@link JmxExporterConfig}),
 * kafka_exporter, postgres_exporter, mysqld_exporter and the Percona MongoDB exporter.
 */
final class AlertCatalog {

    private AlertCatalog() {}

    static List<AlertRule> rules(Thresholds t) {
        List<AlertRule> rules = new ArrayList<>();
        sourceDatabase(t, rules);
        connector(t, rules);
        connect(t, rules);
        sinks(t, rules);
        return rules;
    }

    private static void sourceDatabase(Thresholds t, List<AlertRule> rules) {
        switch (t.engine()) {
            case POSTGRESQL -> postgres(t, rules);
            case MYSQL, MARIADB -> binlog(t, rules);
            case MONGODB -> oplog(t, rules);
            default -> { } // no standard exporter for its log; SourceLogPositionAtRisk watches the connector's side
        }
    }

    // postgres_exporter, collector pg_replication_slot (on by default):
    // https://github.com/prometheus-community/postgres_exporter/blob/master/collector/pg_replication_slot.go
    private static void postgres(Thresholds t, List<AlertRule> rules) {
        if (t.slotName() == null) return;
        String slot = "slot_name=\"" + t.slotName() + "\"";
        rules.add(new AlertRule("PostgresSlotInactive", "pg_replication_slot_slot_is_active{" + slot + "} == 0", "5m", "critical",
                "Replication slot " + t.slotName() + " has no reader",
                "Slot " + t.slotName() + " is the design's slot.name; 5 minutes without a reader is longer than any connector restart.",
                "Nothing reads the slot: the connector is down or lost its connection. The slot keeps every WAL segment from its "
                        + "confirmed position, so the primary's disk fills while this lasts.",
                "Check the source connector's state (ConnectorTaskFailed, SourceConnectorDisconnected) and restart it. If the "
                        + "connector is gone for good, drop the slot (SELECT pg_drop_replication_slot('" + t.slotName() + "')) "
                        + "before the disk fills; a new connector re-snapshots.",
                Stage.SOURCE_DATABASE, "", "pg_replication_slot_slot_is_active{" + slot + "}"));
        if (t.walCapBytes() > 0) {
            double threshold = t.walCapBytes() / 2;
            rules.add(new AlertRule("PostgresSlotWalHeadroomLow", "pg_replication_slot_safe_wal_size_bytes{" + slot + "} < " + plain(threshold),
                    "5m", "critical", "Slot " + t.slotName() + " is within half of max_slot_wal_keep_size of being invalidated",
                    "Half of the design's max_slot_wal_keep_size of " + gib(t.walCapBytes()) + " GiB (decision pg.wal-retention, sized from the "
                            + gb(t.logBytesPerSizedOutage()) + " GB of WAL a " + decimal(Thresholds.SIZED_LOG_HOURS)
                            + " h outage produces at peak) = " + gib(threshold) + " GiB.",
                    "The slot has used more than half of the WAL it may hold. When safe_wal_size reaches 0 PostgreSQL invalidates "
                            + "the slot (wal_status 'lost') and the connector must re-snapshot.",
                    "Find why the connector does not confirm positions: a failed task, a stalled sink applying backpressure, or an idle "
                            + "captured database with busy other databases (set heartbeat.action.query). Fix it before the headroom is gone; "
                            + "raising max_slot_wal_keep_size buys time only if the disk has room.",
                    Stage.SOURCE_DATABASE, "", "pg_replication_slot_safe_wal_size_bytes{" + slot + "}"));
        } else {
            double threshold = t.logBytesPerSizedOutage();
            String retained = "pg_replication_slot_slot_current_wal_lsn{" + slot + "} - pg_replication_slot_slot_confirmed_flush_lsn{" + slot + "}";
            rules.add(new AlertRule("PostgresSlotWalRetainedHigh", "(" + retained + ") > " + plain(threshold), "5m", "critical",
                    "Slot " + t.slotName() + " holds more WAL than a " + decimal(Thresholds.SIZED_LOG_HOURS) + " h outage produces",
                    "The sizing's " + gb(threshold) + " GB of WAL per " + decimal(Thresholds.SIZED_LOG_HOURS) + " h at peak; this PostgreSQL "
                            + "version has no max_slot_wal_keep_size, so nothing caps the slot.",
                    "The slot retains more WAL than the design's outage tolerance. Without a cap (PostgreSQL 12 and older) it grows "
                            + "until the disk is full and the primary stops.",
                    "Restore the connector or drop the slot before the disk fills; plan the upgrade to PostgreSQL 13+ for max_slot_wal_keep_size.",
                    Stage.SOURCE_DATABASE, "", retained));
        }
    }

    // mysqld_exporter: global variables (on by default) and SHOW BINARY LOGS (--collect.binlog_size):
    // https://github.com/prometheus/mysqld_exporter/blob/main/collector/binlog.go
    private static void binlog(Thresholds t, List<AlertRule> rules) {
        long seconds = Math.round(t.logHoldHours() * 3600);
        if (t.logHoldSource().startsWith("binlog_expire_logs_seconds")) {
            rules.add(new AlertRule("BinlogRetentionBelowDesign", "mysql_global_variables_binlog_expire_logs_seconds < " + seconds, "15m", "warning",
                    "Binlog retention is shorter than the design's " + decimal(t.logHoldHours()) + " h",
                    "The design sets " + t.logHoldSource() + " (" + decimal(t.logHoldHours()) + " h, three times the "
                            + decimal(Thresholds.SIZED_LOG_HOURS) + " h outage the sizing plans for).",
                    "Someone shortened binlog retention. A connector outage longer than the new retention loses its position "
                            + "(the binlog file holding its GTID is purged) and forces a re-snapshot.",
                    "Set binlog_expire_logs_seconds back to " + seconds + " (SET PERSIST) and find who changed it.",
                    Stage.SOURCE_DATABASE, "", "mysql_global_variables_binlog_expire_logs_seconds"));
        }
        rules.add(new AlertRule("BinlogBeyondSizedVolume", "mysql_binlog_size_bytes > " + plain(t.logBytesAtHold()), "30m", "warning",
                "Binlogs on disk exceed the " + gb(t.logBytesAtHold()) + " GB the design sized",
                gb(t.logBytesPerSizedOutage()) + " GB per " + decimal(Thresholds.SIZED_LOG_HOURS) + " h at the sized peak rate x "
                        + decimal(t.logHoldHours()) + " h retention (" + t.logHoldSource() + ") = " + gb(t.logBytesAtHold()) + " GB.",
                "More binlog is kept than the design's write rate and retention produce: writes run above the sized peak, or "
                        + "purging stopped. Disk headroom for the retention shrinks.",
                "Compare the write rate with the design's peak (re-run the design with the measured rate) and check that binlogs "
                        + "are purged (SHOW BINARY LOGS); grow the volume before it fills.",
                Stage.SOURCE_DATABASE, "", "mysql_binlog_size_bytes"));
    }

    // Percona mongodb_exporter (--compatible-mode keeps the replset oplog metrics):
    // https://github.com/percona/mongodb_exporter
    private static void oplog(Thresholds t, List<AlertRule> rules) {
        String window = "mongodb_mongod_replset_oplog_head_timestamp - mongodb_mongod_replset_oplog_tail_timestamp";
        long seconds = Math.round(t.logHoldHours() * 3600);
        rules.add(new AlertRule("OplogWindowBelowDesign", "(" + window + ") < " + seconds, "15m", "warning",
                "The oplog window is shorter than the design's " + decimal(t.logHoldHours()) + " h",
                "The design sizes the oplog for " + decimal(t.logHoldHours()) + " h of writes (" + t.logHoldSource() + ").",
                "The oplog covers less time than planned: a connector outage longer than the window invalidates its resume token "
                        + "and forces a re-snapshot.",
                "Resize the oplog (replSetResizeOplog) and set minRetentionHours to " + decimal(t.logHoldHours()) + " on every member.",
                Stage.SOURCE_DATABASE, "", window));
    }

    private static void connector(Thresholds t, List<AlertRule> rules) {
        if (t.sourceConnector() == null) return;
        String streaming = "{context=\"streaming\",server=\"" + t.topicPrefix() + "\"}";
        String snapshot = "{context=\"snapshot\",server=\"" + t.topicPrefix() + "\"}";
        rules.add(new AlertRule("SourceConnectorDisconnected", "debezium_metrics_Connected" + streaming + " == 0", "2m", "critical",
                t.sourceConnector() + " is not connected to the source database",
                "Any disconnection longer than 2 minutes: the connector retries on its own within seconds.",
                "The connector lost its connection to " + t.engine().displayName() + " and is not reading the " + t.engine().logName() + ".",
                "Check the database is up and reachable from the Connect workers, the connector user's credentials and grants, and "
                        + "the connector log. Restart the task once the database is back.",
                Stage.CONNECTOR, "", "debezium_metrics_Connected" + streaming));
        rules.add(new AlertRule("SourceLagAboveSlo", "debezium_metrics_MilliSecondsBehindSource" + streaming + " > " + t.sloMillis(), "5m",
                "warning", t.sourceConnector() + " is more than " + grouped(t.sloMillis()) + " ms behind the source",
                "The whole end-to-end budget: " + t.sloSource() + ". A source already that far behind cannot meet it.",
                "The connector reads the " + t.engine().logName() + " more slowly than changes arrive, or the producer is throttled. "
                        + "Every sink is late by at least this much.",
                "Check the connector's queue (QueueRemainingCapacity near 0 means Kafka is the bottleneck), broker produce latency, "
                        + "and large transactions at the source. Note: the value includes clock skew between database and worker.",
                Stage.CONNECTOR, "", "debezium_metrics_MilliSecondsBehindSource" + streaming));
        long risk = Math.round(t.logHoldHours() / 3 * 3_600_000);
        rules.add(new AlertRule("SourceLogPositionAtRisk", "debezium_metrics_MilliSecondsBehindSource" + streaming + " > " + risk, "5m",
                "critical", t.sourceConnector() + " is a third of the " + t.engine().logName() + " retention behind",
                "A third of " + decimal(t.logHoldHours()) + " h (" + t.logHoldSource() + ") = " + grouped(risk) + " ms.",
                "The connector's position is old enough that a further outage of twice this length loses it: the "
                        + t.engine().logName() + " it needs is removed and only a re-snapshot recovers.",
                "Treat as an incident: restore throughput (see SourceLagAboveSlo) and, if the lag keeps growing, extend the "
                        + t.engine().logName() + " retention now.",
                Stage.CONNECTOR, "", "debezium_metrics_MilliSecondsBehindSource" + streaming));
        rules.add(new AlertRule("SnapshotOverrunning",
                "debezium_metrics_SnapshotDurationInSeconds" + snapshot + " > " + t.snapshotAlertSeconds()
                        + " and debezium_metrics_SnapshotRunning" + snapshot + " == 1", "0m", "warning",
                "The snapshot of " + t.sourceConnector() + " runs 50% longer than estimated",
                "The sizing estimates the initial snapshot at " + decimal(t.snapshotHours()) + " h; x " + decimal(Thresholds.SNAPSHOT_OVERRUN)
                        + " (at least " + decimal(Thresholds.MIN_SNAPSHOT_HOURS) + " h) = " + grouped(t.snapshotAlertSeconds()) + " s.",
                "The snapshot is slower than the design assumed; the " + t.engine().logName() + " piles up behind it and the "
                        + "cutover plan's dates slip.",
                "Check the snapshot MBean's RemainingTableCount against TotalTableCount (JMX) for progress, the source's read load and the sink's intake. "
                        + "An incremental snapshot (signal table) can be paused and resumed instead of restarted.",
                Stage.CONNECTOR, "", "debezium_metrics_SnapshotDurationInSeconds" + snapshot));
        rules.add(new AlertRule("SnapshotAborted", "debezium_metrics_SnapshotAborted" + snapshot + " == 1", "0m", "critical",
                "The snapshot of " + t.sourceConnector() + " was aborted",
                "Any aborted snapshot: the design needs a complete one before streaming is trusted.",
                "The snapshot stopped before copying every table; the targets are incomplete.",
                "Read the connector log for the cause, fix it, and re-run the snapshot (an incremental snapshot of the missing tables "
                        + "through the signal topic avoids starting over).",
                Stage.CONNECTOR, "", "debezium_metrics_SnapshotAborted" + snapshot));
        if (t.heartbeatTopic() != null && t.heartbeatMillis() > 0) {
            String offsets = "kafka_topic_partition_current_offset{topic=\"" + t.heartbeatTopic() + "\"}";
            rules.add(new AlertRule("HeartbeatSilent", "max(changes(" + offsets + "[" + t.heartbeatSilenceSeconds() + "s])) == 0", "0m", "critical",
                    "No heartbeat from " + t.sourceConnector() + " for " + grouped(t.heartbeatSilenceSeconds()) + " s",
                    "3 x the design's heartbeat.interval.ms of " + grouped(t.heartbeatMillis()) + " ms, at least "
                            + Thresholds.MIN_SILENCE_SECONDS + " s = " + grouped(t.heartbeatSilenceSeconds()) + " s.",
                    "The connector wrote no heartbeat to " + t.heartbeatTopic() + ": it is stalled even if its task says RUNNING, "
                            + "and it does not confirm positions to the source.",
                    "Check the task's state and log; on an idle captured database heartbeats need source activity "
                            + "(heartbeat.action.query). Restart the task if it is stuck.",
                    Stage.CONNECTOR, "", offsets));
        }
    }

    private static void connect(Thresholds t, List<AlertRule> rules) {
        if (t.connectors().isEmpty()) return;
        String names = t.connectors().stream().map(AlertCatalog::regexLiteral).collect(Collectors.joining("|"));
        String connectors = "connector=~\"" + names + "\"";
        rules.add(new AlertRule("ConnectorNotRunning", "kafka_connect_connector_status{" + connectors + ",status!=\"running\"} == 1", "5m",
                "critical", "Connector {{ $labels.connector }} is {{ $labels.status }}",
                "Any of the design's " + t.connectors().size() + " connectors (" + String.join(", ", t.connectors())
                        + ") not RUNNING for 5 minutes.",
                "A connector of this pipeline is paused, failed or unassigned: nothing moves through it.",
                "GET /connectors/{{ $labels.connector }}/status on the Connect REST API shows the trace; fix the cause, then "
                        + "POST /connectors/{{ $labels.connector }}/restart?includeTasks=true.",
                Stage.KAFKA_TOPICS, "", "kafka_connect_connector_status{" + connectors + "}"));
        rules.add(new AlertRule("ConnectorTaskFailed", "kafka_connect_connector_task_status{" + connectors + ",status=\"failed\"} == 1", "1m",
                "critical", "Task {{ $labels.task }} of {{ $labels.connector }} failed",
                "Any failed task of the design's connectors: a failed task never restarts by itself.",
                "A task stopped on an error it does not tolerate (a poison pill with errors.tolerance=none, lost credentials, a "
                        + "schema the sink rejects). Its partitions are not processed.",
                "Read the trace in GET /connectors/{{ $labels.connector }}/status, fix the cause, then restart the task "
                        + "(POST /connectors/{{ $labels.connector }}/tasks/{{ $labels.task }}/restart).",
                Stage.KAFKA_TOPICS, "", "kafka_connect_connector_task_status{" + connectors + "}"));
        if (t.connectWorkers() > 0) {
            rules.add(new AlertRule("ConnectRebalanceStorm", "increase(kafka_connect_worker_rebalance_completed_rebalances_total[1h]) > "
                    + t.rebalancesPerHour(), "0m", "warning", "Kafka Connect rebalanced more than " + t.rebalancesPerHour() + " times in an hour",
                    "2 rebalances (leave and join) x the sizing's " + t.connectWorkers() + " Connect workers = " + t.rebalancesPerHour()
                            + " per hour: more than a rolling restart of the whole cluster causes.",
                    "Workers keep leaving and joining the group; tasks stop during each rebalance, so latency and duplicates grow.",
                    "Look for workers restarting (memory, liveness probes) or missing heartbeats (long GC pauses, "
                            + "session.timeout.ms, scheduled.rebalance.max.delay.ms) in the worker logs.",
                    Stage.KAFKA_TOPICS, "", "kafka_connect_worker_rebalance_completed_rebalances_total"));
        }
    }

    // kafka_exporter: https://github.com/danielqsj/kafka_exporter#consumer-groups
    private static void sinks(Thresholds t, List<AlertRule> rules) {
        for (SinkWatch s : t.sinks()) {
            String lag = "sum(kafka_consumergroup_lag{consumergroup=\"" + s.consumerGroup() + "\"})";
            rules.add(new AlertRule("SinkLagAboveBudget", lag + " > " + s.lagEvents(), "5m", "warning",
                    s.target() + " is more than " + grouped(s.budgetMillis()) + " ms of changes behind",
                    grouped(Math.round(s.lagEvents() * 1000.0 / s.budgetMillis())) + " events/s (the sized peak with growth) x "
                            + grouped(s.budgetMillis()) + " ms (" + s.budgetSource() + ") = " + grouped(s.lagEvents())
                            + " events of lag summed over the group's partitions.",
                    "The sink's consumer group holds more changes than the source produces in the sink's latency budget: the "
                            + "target is out of its objective.",
                    "Check the sink's tasks (ConnectorTaskFailed), the target's write latency and throttling, and whether the "
                            + "group has as many members as the busiest topic has partitions.",
                    Stage.SINK, s.target(), lag));
            if (s.dlqTopic() != null) {
                String written = "sum(delta(kafka_topic_partition_current_offset{topic=\"" + s.dlqTopic() + "\"}[15m]))";
                rules.add(new AlertRule("DeadLetterRecords", written + " > 0", "0m", "warning",
                        "Records for " + s.target() + " went to " + s.dlqTopic(),
                        "Any record: the design's errors.tolerance=all sends what " + s.target() + " cannot take to " + s.dlqTopic()
                                + " instead of stopping, so each one is a change missing at the target.",
                        "The sink met records it cannot write (a poison pill, a schema the target rejects, a value too large) and "
                                + "dead-lettered them; the rest of the stream continues.",
                        "Read the records' headers (__connect.errors.*) for the reason, fix the cause, and replay them from the "
                                + "dead-letter topic into the sink.",
                        Stage.DLQ, s.target(), written));
            }
        }
    }

    private static String regexLiteral(String name) {
        return name.replace(".", "\\\\.");
    }

    /** Numbers as Prometheus reads them, without grouping or exponent, rounded to whole units. */
    static String plain(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String gb(double bytes) {
        return decimal(bytes / 1e9);
    }

    private static String gib(double bytes) {
        return decimal(bytes / (1024.0 * 1024 * 1024));
    }

}
