package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Confluent's Redis sink: keys and values are stored as bytes or strings (StringConverter or ByteArrayConverter, or a
 * transform that makes them so), every record needs a non-null key, and a null value deletes the key. (The rule
 * engine designs Redis as a cache-invalidating consumer group, not a Connect sink; this contract covers a folder
 * that adds one.)
 */
final class RedisContract implements SinkContract {

    @Override public Set<TargetKind> kinds() { return Set.of(TargetKind.REDIS); }

    @Override public boolean handles(String c) { return c.equals("com.github.jcustenborder.kafka.connect.redis.RedisSinkConnector"); }

    @Override public String doc() { return "https://docs.confluent.io/kafka-connect-redis/current/overview.html"; }

    @Override
    public List<Check> check(SinkRun run) {
        ExportedSink sink = run.sink();
        if (!run.chainComplete()) return List.of(Finding.notRun(sink, "keys and values", run.chainGap()));
        List<Check> out = new ArrayList<>();
        Passage badKey = run.firstDelivered(p -> !(p.output().key() instanceof String || p.output().key() instanceof byte[])).orElse(null);
        out.add(badKey == null ? Finding.pass(sink, "keys", "every key is a string or bytes", doc())
                : Finding.fail(sink, "keys", "key.converter", "the key is " + (badKey.output().key() == null ? "null"
                        : badKey.output().key().getClass().getSimpleName()) + ", and the sink stores non-null string or byte keys", badKey,
                        "set key.converter=org.apache.kafka.connect.storage.StringConverter (or ByteArrayConverter) on the sink", doc()));
        Passage badValue = run.firstDelivered(p -> p.output().value() != null
                && !(p.output().value() instanceof String || p.output().value() instanceof byte[])).orElse(null);
        out.add(badValue == null ? Finding.pass(sink, "values", "values are strings or bytes; " + run.nullValuesDelivered().size()
                + " tombstones delete their keys", doc())
                : Finding.fail(sink, "values", "value.converter", "the value is " + badValue.output().value().getClass().getSimpleName()
                        + ", and the sink stores string or byte values", badValue,
                        "set value.converter=org.apache.kafka.connect.storage.StringConverter (or ByteArrayConverter) on the sink", doc()));
        return out;
    }
}
