package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.TopicConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed's bundle renamed for one staging run: every name of the run carries the run id, and stays consistent. */
class StagingNamesTest {

    private static final ConfigBundle SEED = new ConfigBundleBuilder().build(SeedDesign.design());

    @Test
    void aRunIdIsLabelledTimestampedAndRandom() {
        String a = StagingNames.newRunId();
        assertTrue(a.matches("cdcrehearsal_\\d{14}_[a-z0-9]{4}"), a);
        Set<String> ids = java.util.stream.IntStream.range(0, 20).mapToObj(i -> StagingNames.newRunId()).collect(Collectors.toSet());
        assertTrue(ids.size() > 1, "20 runs in the same second got the same id: " + ids);
    }

    @Test
    void everyConnectorTopicAndSlotOfTheRunCarriesTheRunIdAndTheSinksStillReadTheSourcesTopics() {
        String run = "cdcrehearsal_20261201163000_ab12";
        StagingNames names = StagingNames.of(run, SEED);
        ConfigBundle renamed = names.apply(SEED);

        List<ConnectorConfig> connectors = ExportedConfigs.connectors(renamed);
        assertEquals(3, connectors.size());
        connectors.forEach(c -> assertTrue(c.name().startsWith(run + "."), c.name()));
        ConnectorConfig source = connectors.stream().filter(ConnectorConfig::source).findFirst().orElseThrow();
        String prefix = source.config().get("topic.prefix");
        assertEquals(run + ".app", prefix);
        assertEquals(run + "_debezium_app", source.config().get("slot.name"));
        assertEquals(run + ".app.signals", source.config().get("signal.kafka.topic"));

        Set<String> topics = ExportedConfigs.topics(renamed).stream().map(TopicConfig::name).collect(Collectors.toSet());
        Set<String> worker = Set.of("cdc-connect-configs", "cdc-connect-offsets", "cdc-connect-status");
        for (String t : topics) assertTrue(worker.contains(t) || t.contains(run), "a topic of the run without the run id: " + t);
        // The names Debezium derives from topic.prefix are the renamed topics.json entries.
        assertTrue(topics.contains(prefix + ".public.orders"), topics.toString());
        assertTrue(topics.contains(prefix + ".transaction"), topics.toString());
        assertTrue(topics.contains("__debezium-heartbeat." + prefix), topics.toString());

        for (ConnectorConfig sink : connectors.stream().filter(c -> !c.source()).toList()) {
            Pattern subscribed = Pattern.compile(sink.config().get("topics.regex"));
            assertTrue(subscribed.matcher(prefix + ".public.orders").matches(), sink.name());
            assertFalse(subscribed.matcher(prefix + ".transaction").matches(), sink.name());
            assertFalse(subscribed.matcher("app.public.orders").matches(), "a sink of the run reads another run's topic: " + sink.name());
            String dlq = sink.config().get("errors.deadletterqueue.topic.name");
            assertTrue(dlq.startsWith(run + ".dlq.") && topics.contains(dlq), dlq);
        }
        // Everything else in the bundle is as exported.
        Map<String, String> before = SEED.files();
        renamed.files().forEach((path, text) -> {
            if (!path.startsWith("connect/") && !path.equals("topics.json")) assertEquals(before.get(path), text, path);
        });
    }
}
