package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import java.util.List;

/** Redis Streams: one stream per table, offsets and schema history in the same Redis. */
final class RedisStreamsDestination implements NativeSinkKnowledge {

    static final String ADDRESS = "<redis host>:6379";

    @Override public NativeSink sink() { return NativeSink.REDIS_STREAMS; }

    @Override public String destination(RuleContext ctx, String topic) { return "Redis stream " + topic; }

    @Override
    public List<ConfigEntry> settings(RuleContext ctx) {
        return List.of(
                ServerSettings.of(ctx, "debezium.sink.redis.address", ADDRESS),
                ServerSettings.of(ctx, "debezium.sink.redis.password", Secrets.of(ctx, "redis.properties", "password")),
                ServerSettings.of(ctx, "debezium.sink.redis.ssl.enabled", "true"));
    }

    @Override
    public String ordering(RuleContext ctx) {
        return "Debezium Server appends each table's events, in capture order, to the Redis stream named like its topic; each "
                + "consumer group reads a stream with one consumer.";
    }

    @Override
    public String orderingReason() {
        return "A stream is an append-only log whose entry IDs grow in the order entries are added, so one reader sees a row's "
                + "changes in commit order. Within a consumer group entries are spread over the group's consumers regardless "
                + "of key, so a second consumer could apply two changes of a row out of order.";
    }

    @Override
    public String setup(RuleContext ctx) {
        return "Size Redis memory for the streams and trim them (XTRIM) only behind the slowest consumer group; the sink stops "
                + "writing when used memory reaches debezium.sink.redis.memory.threshold.percentage (85% by default) of maxmemory.";
    }

    @Override public String subscription() { return "a Redis consumer group of its own per stream (XREADGROUP, XACK after applying)"; }

    @Override public List<Reference> references() { return List.of(Refs.REDIS_STREAMS); }

    @Override public boolean keepsOffsets() { return true; }
}
