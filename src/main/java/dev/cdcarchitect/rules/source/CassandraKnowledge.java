package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.SpecSection.ENGINE;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.rules.base.FailureKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.SourceKnowledge;
import java.util.List;

/** Cassandra: a Debezium agent on every node reads that node's CDC commit logs. */
public final class CassandraKnowledge implements SourceKnowledge {

    @Override public SourceEngine engine() { return SourceEngine.CASSANDRA; }

    @Override public String connectorClass() { return "io.debezium.connector.cassandra.Cassandra4Connector"; }

    @Override public Reference reference() { return Refs.DBZ_CASSANDRA; }

    @Override public boolean singleTask() { return false; }

    @Override public boolean usesSchemaHistory() { return false; }

    @Override public boolean runsOnKafkaConnect() { return false; }

    @Override public double rowImagesPerEvent(SourceProfile source) { return 1; }

    @Override public double snapshotMegabytesPerSecond() { return 50; }

    @Override public String positionField() { return ""; }

    @Override public boolean emitsTruncates(SourceProfile source) { return true; }

    @Override
    public List<ConfigEntry> connectorConfig(RuleContext ctx) {
        String c = ctx.connector();
        // The agent's Kafka producer has no counterpart without Kafka: the entry is dropped rather than pointed nowhere.
        return CaptureStores.dropKafkaProducer(ctx, List.of(
                new ConfigEntry(ConfigScope.DATABASE, "cassandra.yaml (every node)", "cdc_enabled", "true"),
                new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, c, "cassandra.config", "/etc/cassandra/cassandra.yaml"),
                new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, c, "commit.log.relocation.dir", "/var/lib/debezium/relocation"),
                new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, c, "offset.backing.store.dir", "/var/lib/debezium/offsets"),
                new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, c, "kafka.producer.bootstrap.servers", "<bootstrap servers>")));
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rule.always("cassandra.per-node-agent", ENGINE, this::perNodeAgent));
    }

    private Decision perNodeAgent(RuleContext ctx) {
        return ctx.decision("cassandra.per-node-agent", "One agent per node; duplicates by design")
                .statement("Run the Debezium Cassandra agent beside every Cassandra node (not on Kafka Connect) with cdc_enabled=true "
                        + "and WITH cdc = true on each captured table; sinks must deduplicate, because each write arrives once per replica.")
                .because("Cassandra has no single ordered log: each node keeps its own commit log, and a write with replication factor "
                        + "3 is logged three times. Events carry no before image and are ordered only per node, so sinks apply them "
                        + "by writetime (last write wins) and key.")
                .snippet("cql", "per captured table", String.join("\n", CaptureScope.of(ctx).capturedOr("shop.orders").stream()
                        .map(t -> "ALTER TABLE " + t + " WITH cdc = true;").toList()))
                .ref(Refs.DBZ_CASSANDRA, Refs.CASSANDRA_CDC)
                .warn("The Cassandra connector is an incubating Debezium component and its agents store offsets on local disk; back up "
                        + "offset.backing.store.dir with the node.")
                .build();
    }

    @Override
    public FailureKnowledge failure(RuleContext ctx) {
        return new FailureKnowledge(
                "Each agent keeps its commit-log offset in a local file (offset.backing.store.dir), not in Kafka.",
                "A failed node's agent stops; the other replicas' agents still emit the writes (replication gives redundancy).",
                "0 while a replica's agent runs",
                "CDC directory full (cdc_total_space reached: Cassandra rejects writes to CDC tables)",
                "Restore the agent so it drains cdc_raw; raise cdc_total_space; re-snapshot tables if commit logs were discarded.");
    }
}
