package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/**
 * Where Debezium Server keeps offsets and schema history without Kafka: a file on a persistent volume, or Redis when
 * the sink is Redis. One place, so the section 1 decision, the schema history decision and the failure texts agree.
 */
public final class OffsetStore {

    public static final String REDIS_OFFSETS_KEY = "metadata:debezium:offsets";

    private OffsetStore() {}

    /** "the file /debezium/data/offsets.dat on a persistent volume", or the Redis hash. */
    public static String describe(RuleContext ctx) {
        return ctx.destination().keepsOffsets() ? "Redis (hash " + REDIS_OFFSETS_KEY + ", RedisOffsetBackingStore)"
                : "the file " + NativeNames.OFFSETS_FILE + " on a persistent volume";
    }

    /** Where the schema history lives, for the texts that name it. */
    public static String describeHistory(RuleContext ctx) {
        return ctx.destination().keepsOffsets() ? "Redis (RedisSchemaHistory)" : "the file " + NativeNames.SCHEMA_HISTORY_FILE;
    }

    static List<ConfigEntry> settings(RuleContext ctx) {
        if (ctx.destination().keepsOffsets()) {
            // Without its own address the Redis store reads debezium.sink.redis.address (Debezium Server docs).
            return List.of(
                    ServerSettings.of(ctx, "debezium.source.offset.storage", "io.debezium.storage.redis.offset.RedisOffsetBackingStore"),
                    ServerSettings.of(ctx, "debezium.source.offset.flush.interval.ms", "0"));
        }
        return List.of(
                ServerSettings.of(ctx, "debezium.source.offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore"),
                ServerSettings.of(ctx, "debezium.source.offset.storage.file.filename", NativeNames.OFFSETS_FILE),
                ServerSettings.of(ctx, "debezium.source.offset.flush.interval.ms", "0"));
    }

    /** The connector's schema history settings (they go under debezium.source. in the server's file). */
    static List<ConfigEntry> historySettings(RuleContext ctx) {
        String c = ctx.connector();
        if (ctx.destination().keepsOffsets()) {
            return List.of(
                    new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, c, "schema.history.internal", "io.debezium.storage.redis.history.RedisSchemaHistory"),
                    new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, c, "schema.history.internal.redis.address", RedisStreamsDestination.ADDRESS),
                    new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, c, "schema.history.internal.redis.password",
                            dev.cdcarchitect.rules.base.Secrets.of(ctx, "redis.properties", "password")),
                    new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, c, "schema.history.internal.redis.ssl.enabled", "true"));
        }
        return List.of(
                new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, c, "schema.history.internal", "io.debezium.storage.file.history.FileSchemaHistory"),
                new ConfigEntry(ConfigScope.SOURCE_CONNECTOR, c, "schema.history.internal.file.filename", NativeNames.SCHEMA_HISTORY_FILE));
    }
}
