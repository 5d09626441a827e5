package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.TopicConfig;
import dev.cdcarchitect.rehearse.check.Check;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The run's topics on the staging cluster's brokers ({@code --bootstrap-servers}), through Kafka's AdminClient: the
 * design's partition counts, its replication factor capped at the brokers there are (and {@code min.insync.replicas}
 * at that factor), and exact-name deletion of what the run created. It never deletes a topic it did not create or
 * that does not carry the run id.
 */
final class StagingTopics implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;
    private final String bootstrapServers;

    StagingTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(TIMEOUT.toMillis())));
    }

    /** The brokers of the cluster; fails with what to check when they do not answer. */
    int brokers() {
        return get(admin.describeCluster().nodes(), "list the brokers").size();
    }

    Set<String> names() {
        return new TreeSet<>(get(admin.listTopics().names(), "list the topics"));
    }

    /**
     * Creates the run's topics of {@code bundle} (already renamed), skipping the exported worker's internal topics.
     *
     * @param created receives each topic as soon as the broker took it, so a failure half-way still cleans up
     */
    Check create(ConfigBundle bundle, StagingNames names, int brokers, Collection<String> created) {
        List<NewTopic> topics = new ArrayList<>();
        List<String> capped = new ArrayList<>();
        for (TopicConfig t : ExportedConfigs.topics(bundle)) {
            if (names.workerTopic(t.name())) continue;
            int rf = Math.min(t.replicationFactor(), brokers);
            if (rf < t.replicationFactor()) capped.add(t.name());
            Map<String, String> configs = new LinkedHashMap<>(t.configs());
            configs.computeIfPresent("min.insync.replicas", (k, v) -> String.valueOf(Math.min(Integer.parseInt(v), rf)));
            topics.add(new NewTopic(t.name(), t.partitions(), (short) rf).configs(configs));
        }
        for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> topic : admin.createTopics(topics).values().entrySet()) {
            try {
                get(topic.getValue(), "create the topic " + topic.getKey());
                created.add(topic.getKey());
            } catch (RehearsalException e) {
                return new Check("topics", false, "the staging cluster at " + bootstrapServers + " refused the topic " + topic.getKey() + ": "
                        + e.getMessage());
            }
        }
        return new Check("topics", true, topics.size() + " topics of topics.json created on the staging cluster under the run's names, "
                + "with the design's partitions and configs" + (capped.isEmpty() ? "" : "; replication factor capped at the " + brokers
                + " broker(s) available (and min.insync.replicas with it) for " + capped.size() + " of them, so broker failures are not rehearsed"));
    }

    /** Deletes exactly these topics; returns the ones the cluster could not delete, with why. */
    List<String> delete(Collection<String> topics) {
        List<String> failed = new ArrayList<>();
        if (topics.isEmpty()) return failed;
        admin.deleteTopics(topics).topicNameValues().forEach((name, future) -> {
            try {
                get(future, "delete the topic " + name);
            } catch (RehearsalException e) {
                failed.add(name + " (" + e.getMessage() + ")");
            }
        });
        return failed;
    }

    private <T> T get(org.apache.kafka.common.KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            boolean unreachable = e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException;
            throw new RehearsalException("could not " + what + " on " + bootstrapServers + ": " + e.getCause().getMessage()
                    + (unreachable ? ". Check --bootstrap-servers and that this machine can reach those brokers (plaintext)." : ""), e.getCause());
        } catch (TimeoutException e) {
            throw new RehearsalException("the brokers at " + bootstrapServers + " did not answer within " + TIMEOUT.toSeconds()
                    + " s (" + what + "). Check --bootstrap-servers and that this machine can reach them.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("interrupted while trying to " + what + ".", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
