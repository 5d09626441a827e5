package dev.cdcarchitect.export.monitoring;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.PipelineNames;
import dev.cdcarchitect.domain.Sizing;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.domain.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every number the alert rules compare against, derived from one design (its input, sizing, configuration and
 * topology) and nothing else, each with the words that say how, so a reviewer can redo the arithmetic.
 *
 * @param sourceConnector       the source connector's name; null when no Debezium connector reports JMX metrics (Cassandra's agent)
 * @param topicPrefix           the connector's topic.prefix: the {@code server} in Debezium's MBean names
 * @param sloMillis             the end-to-end latency objective
 * @param sloSource             how the SLO was obtained ("from the input" or "assumed: ...")
 * @param sinks                 one watch per sink
 * @param connectors            every connector on Kafka Connect (source first), whose state is watched
 * @param heartbeatTopic        the heartbeat topic, or null when the design has none
 * @param heartbeatMillis       the heartbeat.interval.ms the design sets (0 when none)
 * @param heartbeatSilenceSeconds how long without a heartbeat record means the connector is stalled
 * @param snapshotAlertSeconds  a snapshot running longer than this overran its estimate by half
 * @param snapshotHours         the sizing's estimate of the initial snapshot
 * @param connectWorkers        the Connect workers the sizing plans (0 when nothing runs on Connect)
 * @param rebalancesPerHour     more completed rebalances than this in an hour is churn, not a rolling restart
 * @param logHoldHours          how long the source keeps its change log for the connector (the design's retention)
 * @param logHoldSource         where logHoldHours comes from
 * @param logBytesAtHold        the change log the source produces over logHoldHours at the sized peak rate
 * @param slotName              the PostgreSQL replication slot, or null
 * @param walCapBytes           max_slot_wal_keep_size as designed (0 before PostgreSQL 13: no cap)
 */
record Thresholds(SourceEngine engine, String sourceConnector, String topicPrefix, long sloMillis, String sloSource,
                  List<SinkWatch> sinks, List<String> connectors, String heartbeatTopic, long heartbeatMillis,
                  long heartbeatSilenceSeconds, long snapshotAlertSeconds, double snapshotHours, int connectWorkers,
                  int rebalancesPerHour, double logHoldHours, String logHoldSource, double logBytesAtHold, String slotName,
                  double walCapBytes) {

    /** The 72 h of change log the design asks every source to keep (three times the 24 h outage the sizing plans for). */
    static final double PLANNED_LOG_HOURS = 72;
    /** The sizing's log-retention figure is the log produced in this many hours at peak (the outage tolerance). */
    static final double SIZED_LOG_HOURS = 24;
    /** The shortest silence worth paging for: a few scrapes of kafka_exporter, whatever the heartbeat interval. */
    static final long MIN_SILENCE_SECONDS = 300;
    /** A snapshot may overrun the sizing's estimate by half before it is a problem. */
    static final double SNAPSHOT_OVERRUN = 1.5;
    /** The snapshot estimate is rounded up to at least this: below it the estimate is noise. */
    static final double MIN_SNAPSHOT_HOURS = 0.25;

    /** The change log the source produces in the sizing's outage tolerance (24 h) at the sized peak rate. */
    double logBytesPerSizedOutage() {
        return logBytesAtHold * SIZED_LOG_HOURS / logHoldHours;
    }

    static Thresholds of(DesignResult.Generated design) {
        DesignInput input = design.input();
        Sizing sizing = design.spec().sizing();
        SourceEngine engine = input.source().engine();
        PipelineNames names = PipelineNames.of(engine);
        List<ConfigEntry> config = design.spec().decisions().stream().flatMap(d -> d.config().stream()).toList();

        String sourceConnector = nodes(design, NodeKind.SOURCE_CONNECTOR).stream().findFirst().map(TopologyNode::label).orElse(null);
        if (engine == SourceEngine.CASSANDRA) sourceConnector = null; // an agent on each node, not a JMX-reporting Connect task
        long slo = input.requirements().latencySloMillis();
        boolean assumed = input.assumptions().stream().map(Assumption::field).anyMatch("latency SLO"::equals);
        String sloSource = "p99 SLO " + Units.grouped(slo) + " ms " + (assumed ? "(assumed: none was stated)" : "from the input");

        List<SinkWatch> sinks = sinks(design, names, sizing, slo, sloSource);
        List<String> connectors = new ArrayList<>();
        boolean sourceOnConnect = sourceConnector != null && !input.requirements().debeziumServer();
        if (sourceOnConnect) connectors.add(sourceConnector);
        for (SinkWatch s : sinks) if (s.connector() != null) connectors.add(s.connector());

        String heartbeatTopic = nodes(design, NodeKind.HEARTBEAT_TOPIC).stream().findFirst().map(TopologyNode::label).orElse(null);
        long heartbeat = setting(config, "heartbeat.interval.ms").map(Long::parseLong).orElse(0L);
        long silence = Math.max(MIN_SILENCE_SECONDS, 3 * heartbeat / 1000);

        double snapshotHours = sizing.snapshotHours();
        // Whole seconds first, so binary fractions of the hours do not round the threshold up by one.
        long estimateSeconds = Math.round(Math.max(MIN_SNAPSHOT_HOURS, snapshotHours) * 3600);
        long snapshotAlert = (long) Math.ceil(estimateSeconds * SNAPSHOT_OVERRUN);

        int workers = connectors.isEmpty() ? 0 : sizing.connectWorkers();

        Optional<String> binlogSeconds = setting(config, "binlog_expire_logs_seconds");
        double holdHours = binlogSeconds.map(s -> Long.parseLong(s) / 3600.0).orElse(PLANNED_LOG_HOURS);
        String holdSource = binlogSeconds.isPresent()
                ? "binlog_expire_logs_seconds=" + binlogSeconds.get() + " as designed"
                : "the " + Units.decimal(PLANNED_LOG_HOURS) + " h of " + engine.logName() + " the design keeps";
        double logBytes = sizing.logRetentionGigabytes() * 1e9 * holdHours / SIZED_LOG_HOURS;

        String slot = setting(config, "slot.name").orElse(null);
        double walCap = setting(config, "max_slot_wal_keep_size").map(Thresholds::bytesOf).orElse(0.0);

        return new Thresholds(engine, sourceConnector, names.topicPrefix(), slo, sloSource, sinks, List.copyOf(connectors),
                heartbeatTopic, heartbeat, silence, snapshotAlert, snapshotHours, workers, 2 * workers, holdHours, holdSource,
                logBytes, slot, walCap);
    }

    /**
     * One watch per consumer group that feeds a target. The lag budget is the events the source produces at the
     * sized peak rate (with growth) during the sink's latency budget: a larger backlog cannot be inside the budget.
     */
    private static List<SinkWatch> sinks(DesignResult.Generated design, PipelineNames names, Sizing sizing, long slo, String sloSource) {
        List<SinkWatch> out = new ArrayList<>();
        for (Target target : design.input().targets()) {
            String slug = names.sinkConnector(target);
            Optional<TopologyNode> group = byId(design, "group-" + slug);
            if (group.isEmpty()) continue; // no Kafka consumer for it (Debezium Server delivers natively)
            String connector = byId(design, "sink-" + slug).map(TopologyNode::label).orElse(null);
            String dlq = byId(design, "dlq-" + slug).map(TopologyNode::label).orElse(null);
            Long freshness = design.input().requirements().sinkFreshnessMillis().get(target.kind());
            long budget = freshness != null ? freshness : slo;
            String source = freshness != null
                    ? target.kind().displayName() + " freshness objective " + Units.grouped(freshness) + " ms from the input"
                    : sloSource;
            long lag = (long) Math.ceil(sizing.eventsPerSecond() * budget / 1000.0);
            out.add(new SinkWatch(target.label(), group.get().label(), connector, dlq, budget, source, lag));
        }
        return out;
    }

    private static Optional<String> setting(List<ConfigEntry> config, String key) {
        return config.stream().filter(e -> e.key().equals(key)).map(ConfigEntry::value).findFirst();
    }

    /** "96GB", "512MB" (PostgreSQL memory units, powers of 1024) in bytes. */
    static double bytesOf(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        String digits = s.replaceAll("[^0-9]", "");
        double n = Double.parseDouble(digits);
        if (s.endsWith("TB")) return n * 1024 * 1024 * 1024 * 1024;
        if (s.endsWith("GB")) return n * 1024 * 1024 * 1024;
        if (s.endsWith("MB")) return n * 1024 * 1024;
        if (s.endsWith("KB")) return n * 1024;
        return n * 1024 * 1024; // a bare number is megabytes for max_slot_wal_keep_size
    }

    private static List<TopologyNode> nodes(DesignResult.Generated design, NodeKind kind) {
        return design.topology().nodesOf(kind);
    }

    private static Optional<TopologyNode> byId(DesignResult.Generated design, String id) {
        return design.topology().nodes().stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
