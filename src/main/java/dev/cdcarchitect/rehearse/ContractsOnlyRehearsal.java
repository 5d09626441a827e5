package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.TopicConfig;
import dev.cdcarchitect.rehearse.check.Check;
import dev.cdcarchitect.rehearse.contract.SampleRecords;
import dev.cdcarchitect.rehearse.contract.SinkContracts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A design whose source engine has no server on this machine (Oracle, SQL Server, Db2, MongoDB, Cassandra): its
 * source connector cannot run, but its sinks' contracts can, on sample change events of Debezium's envelope captured
 * from the real PostgreSQL connector. The report says exactly that.
 */
public final class ContractsOnlyRehearsal {

    public RehearsalReport run(DesignResult.Generated design) {
        long t0 = System.nanoTime();
        ConfigBundle bundle = new ConfigBundleBuilder().build(design);
        String engine = design.input().source().engine().displayName();
        String topic = dataTopic(bundle);
        List<Check> checks = SinkContracts.check(bundle, Map.of(topic, SampleRecords.on(topic)),
                design.input().targets().stream().map(Target::kind).toList());
        List<String> substitutions = List.of("sample records: 10 change events the Debezium 3.6.1 PostgreSQL connector produced in the seed "
                + "rehearsal (composite key; snapshot reads, insert, update, deletes with tombstones, a primary-key update), put on " + topic);
        List<String> notProven = new ArrayList<>();
        notProven.add("The source connector: there is no local " + engine + " server on this machine, so its exported config, grants and "
                + "log settings did not run. Check it against your Connect cluster with 'validate --connect-url'.");
        notProven.add("The sinks' contracts ran on PostgreSQL's change events (the same Debezium envelope), not on " + engine
                + "'s own: its column types and source block may differ.");
        if (checks.isEmpty()) notProven.add("No sink of this design runs on Kafka Connect, so no contract was checked.");
        return new RehearsalReport(checks, substitutions, Duration.ZERO, Duration.ofNanos(System.nanoTime() - t0), notProven);
    }

    /** The first topic of topics.json a sink subscribes to: where the sample records go. */
    private static String dataTopic(ConfigBundle bundle) {
        List<TopicConfig> topics = ExportedConfigs.topics(bundle);
        for (ConnectorConfig sink : ExportedConfigs.connectors(bundle)) {
            if (sink.source()) continue;
            String regex = sink.config().get("topics.regex");
            List<String> listed = List.of(sink.config().getOrDefault("topics", "").split("\\s*,\\s*"));
            for (TopicConfig t : topics) {
                if (listed.contains(t.name()) || (regex != null && Pattern.matches(regex, t.name()))) return t.name();
            }
        }
        return topics.isEmpty() ? "app.data" : topics.get(0).name();
    }
}
