package dev.cdcarchitect.export.kubernetes;

import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.export.configs.TopicConfig;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The topics of a design in the form the platform creates them when no Strimzi topic operator runs there: its CLI
 * command per topic, and the Terraform resource type that manages topics on it.
 */
final class TopicCommands {

    private TopicCommands() {}

    /** The Markdown section: how topics are created on this platform, then one command per topic. */
    static String section(KafkaPlatform platform, List<TopicConfig> topics) {
        StringBuilder md = new StringBuilder("## Topics\n\n");
        md.append(platform.displayName()).append(" runs no Strimzi topic operator, so this folder has no `KafkaTopic`. ")
                .append(how(platform)).append("\n\n```sh\n");
        for (TopicConfig t : topics) md.append(command(platform, t)).append('\n');
        return md.append("```\n\n").toString();
    }

    private static String how(KafkaPlatform platform) {
        return switch (platform) {
            case CONFLUENT_CLOUD -> "Create them with the Confluent CLI (`confluent kafka topic create`, below) or Terraform's "
                    + "`confluent_kafka_topic` resource (Confluent provider), one per topic.";
            case AZURE_EVENT_HUBS -> "Each topic is an event hub: create them with the Azure CLI (below) or Terraform's `azurerm_eventhub` "
                    + "resource. Topic settings other than the partition count (retention, `cleanup.policy=compact` for the offsets and "
                    + "internal topics) are event hub properties: set them as listed in `../topics.json`, where your tier allows them.";
            case REDPANDA -> "Create them with `rpk topic create` (below) or Terraform's `redpanda_topic` resource (Redpanda provider).";
            default -> "Create them with Kafka's own `kafka-topics.sh` (below, `$BOOTSTRAP` and `client.properties` being your "
                    + "cluster's address and client security) or Terraform's `kafka_topic` resource (Mongey/kafka provider).";
        };
    }

    static String command(KafkaPlatform platform, TopicConfig t) {
        String configs = t.configs().entrySet().stream().map(Map.Entry::getKey).sorted()
                .map(k -> k + "=" + t.configs().get(k)).collect(Collectors.joining(","));
        return switch (platform) {
            case CONFLUENT_CLOUD -> "confluent kafka topic create " + t.name() + " --partitions " + t.partitions()
                    + (configs.isEmpty() ? "" : " --config " + configs);
            case AZURE_EVENT_HUBS -> "az eventhubs eventhub create --resource-group \"$RESOURCE_GROUP\" --namespace-name \"$EVENTHUBS_NAMESPACE\""
                    + " --name " + t.name() + " --partition-count " + t.partitions();
            case REDPANDA -> "rpk topic create " + t.name() + " -p " + t.partitions() + " -r " + t.replicationFactor()
                    + t.configs().keySet().stream().sorted().map(k -> " -c " + k + "=" + t.configs().get(k)).collect(Collectors.joining());
            default -> "kafka-topics.sh --bootstrap-server \"$BOOTSTRAP\" --command-config client.properties --create --topic " + t.name()
                    + " --partitions " + t.partitions() + " --replication-factor " + t.replicationFactor()
                    + t.configs().keySet().stream().sorted().map(k -> " --config " + k + "=" + t.configs().get(k)).collect(Collectors.joining());
        };
    }
}
