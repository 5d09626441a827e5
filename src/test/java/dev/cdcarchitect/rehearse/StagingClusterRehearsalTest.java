package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.connect.ConnectConnectors;
import dev.cdcarchitect.connect.ConnectRestClient;
import dev.cdcarchitect.connect.ConnectUrl;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed rehearsed on a "staging cluster" (an in-process broker and a distributed Connect worker that the test
 * starts, standing for the user's): the run's connectors and topics carry its run id, and afterwards the cluster holds
 * nothing of the run while a topic that was there before is untouched; with --keep they stay.
 */
@Tag("rehearsal")
class StagingClusterRehearsalTest {

    private static final String UNRELATED = "unrelated.topic";
    private static final Pattern RUN_ID = Pattern.compile("cdcrehearsal_\\d{14}_[a-z0-9]{4}");

    private static InProcessKafka kafka;
    private static InProcessConnect connect;
    private static Admin admin;

    @BeforeAll
    static void startTheStagingCluster() throws Exception {
        kafka = InProcessKafka.start();
        Map<String, String> worker = new LinkedHashMap<>();
        worker.put("bootstrap.servers", kafka.bootstrapServers());
        worker.put("group.id", "staging-connect");
        worker.put("config.storage.topic", "staging-connect-configs");
        worker.put("offset.storage.topic", "staging-connect-offsets");
        worker.put("status.storage.topic", "staging-connect-status");
        worker.put("config.storage.replication.factor", "1");
        worker.put("offset.storage.replication.factor", "1");
        worker.put("status.storage.replication.factor", "1");
        worker.put("offset.flush.interval.ms", "1000");
        worker.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        worker.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        worker.put("connector.client.config.override.policy", "All");
        connect = InProcessConnect.startDistributed(worker);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
        admin.createTopics(List.of(new NewTopic(UNRELATED, 3, (short) 1))).all().get();
        // The broker lists a new topic a moment after creating it, and the worker creates its internal topics while
        // it starts: wait for all of them, or a test's "topics before the run" misses some (seen under load in CI).
        Set<String> existing = Set.of(UNRELATED, "staging-connect-configs", "staging-connect-offsets", "staging-connect-status");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!admin.listTopics().names().get().containsAll(existing) && System.nanoTime() < deadline) Thread.sleep(100);
    }

    @AfterAll
    static void stopIt() {
        if (admin != null) admin.close();
        if (connect != null) connect.close();
        if (kafka != null) kafka.close();
    }

    @Test
    void theSeedPassesOnTheStagingClusterAndLeavesNothingOfItsRunBehind() throws Exception {
        Set<String> before = admin.listTopics().names().get();
        List<String> progress = new ArrayList<>();
        RehearsalReport report = rehearse(new ConfigBundleBuilder().build(SeedDesign.design()), false, progress);

        report.checks().forEach(c -> System.out.println(c.line()));
        assertTrue(report.passed(), String.join("\n", progress));
        String run = runId(report);
        assertTrue(evidence(report, "source connector").startsWith(run + ".app-postgres-source RUNNING"), evidence(report, "source connector"));
        assertTrue(evidence(report, "topic").contains(" on " + run + ".app.public.orders, a topic of the design"), evidence(report, "topic"));
        String cleanUp = evidence(report, "staging clean-up");
        assertTrue(cleanUp.contains(run + ".app.public.orders") && cleanUp.contains("__debezium-heartbeat." + run + ".app"), cleanUp);

        assertEquals(List.of(), new ArrayList<>(connect.connectorNames()), "connectors left on the staging cluster");
        Set<String> after = admin.listTopics().names().get();
        assertTrue(after.stream().noneMatch(t -> t.contains(run)), "topics of the run left: " + after);
        assertEquals(before, after, "the topics that existed before the run");
        assertEquals(3, admin.describeTopics(List.of(UNRELATED)).allTopicNames().get().get(UNRELATED).partitions().size());
    }

    @Test
    void aFailedRunCleansUpTooAndKeepLeavesTheRunsConnectorAndTopics() throws Exception {
        // A publication that does not exist: the connector is created, then its task fails on the first streaming step.
        ConfigBundle seed = new ConfigBundleBuilder().build(SeedDesign.design());
        Map<String, String> files = new LinkedHashMap<>(seed.files());
        files.computeIfPresent("connect/app-postgres-source.json", (p, text) -> text.replace("\"dbz_app\"", "\"no_such_publication\""));
        ConfigBundle broken = new ConfigBundle(files);

        RehearsalReport failed = rehearse(broken, false, new ArrayList<>());
        assertFalse(failed.passed());
        String run = runId(failed);
        assertTrue(evidence(failed, "staging clean-up").startsWith("deleted the run's 1 connector(s)"), evidence(failed, "staging clean-up"));
        assertEquals(List.of(), new ArrayList<>(connect.connectorNames()));
        assertTrue(admin.listTopics().names().get().stream().noneMatch(t -> t.contains(run)));

        RehearsalReport kept = rehearse(broken, true, new ArrayList<>());
        String keptRun = runId(kept);
        String left = evidence(kept, "staging clean-up");
        assertTrue(left.startsWith("--keep: left on the staging cluster"), left);
        assertTrue(left.contains("curl -X DELETE " + connect.restUrl() + "/connectors/" + keptRun + ".app-postgres-source"), left);
        assertEquals(List.of(keptRun + ".app-postgres-source"), new ArrayList<>(connect.connectorNames()));
        List<String> keptTopics = admin.listTopics().names().get().stream().filter(t -> t.contains(keptRun)).sorted().toList();
        assertTrue(keptTopics.contains(keptRun + ".app.public.orders"), keptTopics.toString());
        assertTrue(admin.listTopics().names().get().contains(UNRELATED));

        // Leave the shared cluster as the other test expects it.
        new ConnectConnectors(new ConnectRestClient(ConnectUrl.parse(connect.restUrl()), java.time.Duration.ofSeconds(30)))
                .delete(keptRun + ".app-postgres-source");
        admin.deleteTopics(keptTopics).all().get();
    }

    @Test
    void aCancelledRunDeletesWhatItCreatedSoFar() throws Exception {
        List<String> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch streaming = new java.util.concurrent.CountDownLatch(1);
        Thread rehearsal = new Thread(() -> {
            try {
                rehearse(new ConfigBundleBuilder().build(SeedDesign.design()), false, line -> {
                    progress.add(line);
                    if (line.startsWith("PASS source connector")) streaming.countDown();
                });
            } catch (RuntimeException cancelled) { // a RehearsalException, or Kafka's InterruptException from a poll
                progress.add("stopped: " + cancelled.getMessage());
            }
        });
        rehearsal.start();
        assertTrue(streaming.await(120, java.util.concurrent.TimeUnit.SECONDS), String.join("\n", progress));
        rehearsal.interrupt(); // what the window's Cancel does
        rehearsal.join(60_000);

        assertFalse(rehearsal.isAlive(), String.join("\n", progress));
        String cleanUp = progress.stream().filter(l -> l.contains("staging clean-up")).findFirst().orElse("no clean-up line in " + progress);
        assertTrue(cleanUp.startsWith("PASS staging clean-up: deleted the run's 1 connector(s)"), cleanUp);
        assertEquals(List.of(), new ArrayList<>(connect.connectorNames()));
        assertTrue(admin.listTopics().names().get().stream().noneMatch(t -> t.startsWith("cdcrehearsal_") || t.contains(".cdcrehearsal_")));
    }

    private static RehearsalReport rehearse(ConfigBundle bundle, boolean keep, List<String> progress) {
        return rehearse(bundle, keep, (java.util.function.Consumer<String>) progress::add);
    }

    private static RehearsalReport rehearse(ConfigBundle bundle, boolean keep, java.util.function.Consumer<String> progress) {
        DesignResult.Generated design = SeedDesign.design();
        RehearsalOptions options = new RehearsalOptions(0, java.time.Duration.ofSeconds(30), null,
                new RehearsalOptions.Staging(kafka.bootstrapServers(), connect.restUrl(), keep));
        long t0 = System.nanoTime();
        RehearsalReport report = new PostgresRehearsal().run(design, bundle, SpecDatabaseSetup.of(design), options, progress);
        System.out.println("staging rehearsal (keep=" + keep + ") took " + (System.nanoTime() - t0) / 1_000_000 + " ms: start-up "
                + report.startup().toMillis() + " ms, workload " + report.workload().toMillis() + " ms");
        return report;
    }

    private static String runId(RehearsalReport report) {
        for (String s : report.substitutions()) {
            Matcher m = RUN_ID.matcher(s);
            if (s.startsWith("staging run id") && m.find()) return m.group();
        }
        throw new AssertionError("no run id in " + report.substitutions());
    }

    private static String evidence(RehearsalReport report, String check) {
        return report.checks().stream().filter(c -> c.name().equals(check)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no check " + check + " in " + report.checks())).evidence();
    }
}
