package dev.cdcarchitect.rules.source;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.nokafka.OffsetStore;
import java.util.List;

/**
 * Where a connector's offsets and schema history live, as the engine texts name them: Kafka topics by default, a
 * file or Redis when Kafka is ruled out (the schema.history-store decision then sets the history).
 */
final class CaptureStores {

    private static final String KAFKA_HISTORY = "schema.history.internal.kafka.";

    private CaptureStores() {}

    /** The Kafka schema history settings, or none without Kafka. */
    static List<ConfigEntry> kafkaHistory(RuleContext ctx) {
        if (ctx.noKafka()) return List.of();
        return List.of(
                new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, ctx.connector(), KAFKA_HISTORY + "topic", ctx.naming().schemaHistoryTopic()),
                new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, ctx.connector(), KAFKA_HISTORY + "bootstrap.servers", "<bootstrap servers>"));
    }

    /** The connector settings without the Kafka schema history when Kafka is ruled out. */
    static List<ConfigEntry> dropKafkaHistory(RuleContext ctx, List<ConfigEntry> config) {
        return ctx.noKafka() ? config.stream().filter(e -> !e.key().startsWith(KAFKA_HISTORY)).toList() : config;
    }

    /** The Cassandra agent's settings without its Kafka producer when Kafka is ruled out. */
    static List<ConfigEntry> dropKafkaProducer(RuleContext ctx, List<ConfigEntry> config) {
        return ctx.noKafka() ? config.stream().filter(e -> !e.key().startsWith("kafka.producer.")).toList() : config;
    }

    /** "the Connect offsets topic", or the file or Redis hash without Kafka. */
    static String offsets(RuleContext ctx) {
        return ctx.noKafka() ? OffsetStore.describe(ctx) : "the Connect offsets topic";
    }

    /** The schema history topic's name, or the file or Redis without Kafka. */
    static String history(RuleContext ctx) {
        return ctx.noKafka() ? OffsetStore.describeHistory(ctx) : ctx.naming().schemaHistoryTopic();
    }
}
