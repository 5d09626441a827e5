package dev.cdcarchitect.rehearse.contract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * What one sink would have received in the rehearsal: its exported settings and every subscribed record's passage
 * through its converters and SMT chain. {@code chainComplete} is false when a transform could not run here, so the
 * record checks would not see what the real sink sees.
 */
record SinkRun(ExportedSink sink, List<Passage> passages, Set<String> designedTopics, boolean chainComplete) {

    List<Passage> delivered() {
        return passages.stream().filter(Passage::delivered).toList();
    }

    Optional<Passage> firstDelivered(Predicate<Passage> p) {
        return delivered().stream().filter(p).findFirst();
    }

    /** Records that reach the sink with a null value (a tombstone after the chain). */
    List<Passage> nullValuesDelivered() {
        return delivered().stream().filter(p -> p.output().value() == null).toList();
    }

    /** Source deletes: Debezium envelopes with op "d" (or, where the source writes no envelope, tombstones). */
    long deletesOnTopic() {
        long envelopes = passages.stream().filter(p -> "d".equals(op(p))).count();
        return envelopes > 0 ? envelopes : passages.stream().filter(Passage::tombstoneOnTopic).count();
    }

    static String op(Passage p) {
        if (p.input() == null || !(p.input().value() instanceof Struct s)) return null;
        Field op = s.schema().field("op");
        return op == null ? null : String.valueOf(s.get(op));
    }
}
