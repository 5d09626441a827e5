package dev.cdcarchitect.rules.sink;

import static dev.cdcarchitect.domain.ConfigScope.CONSUMER;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.SinkKnowledge;

/** Redis as a cache: invalidate on change, ordered per key, never a stale overwrite. */
public final class RedisSink implements SinkKnowledge {

    @Override public TargetKind kind() { return TargetKind.REDIS; }

    @Override public double eventsPerSecondPerTask() { return 20_000; }

    @Override public boolean runsOnConnect() { return false; }

    @Override public String ddlHandling() {
        return "Redis: the cache holds whatever the application serialises; invalidation needs only the key, so DDL does not reach "
                + "it, but the application's cache format must be versioned with the schema.";
    }

    @Override public String truncateHandling() {
        return "a truncate makes every cached key of the table stale: the invalidator must UNLINK the table's key prefix (SCAN in "
                + "batches) when it sees op t, or the entries live until their TTL.";
    }

    @Override public Rule rule() {
        return Rule.when("sink.redis", SpecSection.TOPOLOGY, ctx -> ctx.targets(TargetKind.REDIS), this::decide);
    }

    private Decision decide(RuleContext ctx) {
        String group = "app-redis-invalidator";
        return ctx.decision("sink.redis", "Redis: invalidate cache keys, do not write through")
                .statement("Run a small consumer group that deletes (UNLINK) the cache key of every changed row and lets the "
                        + "application repopulate on read; keep a TTL on every entry as a safety net. Commit offsets only after the "
                        + "UNLINK succeeded.")
                .because("Invalidation is idempotent and order-insensitive: replays and duplicates are harmless. Writing values "
                        + "through from events races with the application's own cache fills and can leave a stale value forever; if "
                        + "write-through is required, write with a compare-on-version Lua script keyed by the source position.")
                .set(CONSUMER, group, "group.id", group)
                .set(CONSUMER, group, "enable.auto.commit", "false")
                .set(CONSUMER, group, "isolation.level", ctx.exactlyOnce() ? "read_committed" : "read_uncommitted")
                .set(CONSUMER, group, "max.poll.records", "1000")
                .set(CONSUMER, group, "auto.offset.reset", "earliest")
                .ref(Refs.REDIS_SINK, Refs.KAFKA_CONSUMER_CONFIGS)
                .build();
    }
}
