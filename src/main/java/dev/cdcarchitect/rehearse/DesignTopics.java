package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.TopicConfig;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** The topics of the exported {@code topics.json}, created on the one local broker before any connector starts. */
final class DesignTopics {

    private DesignTopics() {}

    /** @return the "topics" check: passed when the broker took every topic with its configs */
    static Check create(ConfigBundle bundle, String bootstrapServers) {
        List<NewTopic> topics = new ArrayList<>();
        for (TopicConfig t : ExportedConfigs.topics(bundle)) {
            Map<String, String> configs = new LinkedHashMap<>(t.configs());
            configs.computeIfPresent("min.insync.replicas", (k, v) -> "1"); // one broker
            topics.add(new NewTopic(t.name(), t.partitions(), (short) 1).configs(configs));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            // A distributed worker creates its internal topics itself, from worker.properties, while this runs.
            int byWorker = 0;
            for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
                try {
                    created.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) throw e;
                    byWorker++;
                }
            }
            return new Check("topics", true, (topics.size() - byWorker) + " topics of topics.json created with their configs "
                    + "(replication factor and min.insync.replicas 1 on one broker)"
                    + (byWorker > 0 ? "; " + byWorker + " internal topics created by the distributed worker" : ""));
        } catch (ExecutionException e) {
            return new Check("topics", false, "the broker refused a topic of topics.json: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("interrupted while creating topics.", e);
        }
    }
}
