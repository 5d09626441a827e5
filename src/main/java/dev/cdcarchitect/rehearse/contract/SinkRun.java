package dev.cdcarchitect.rehearse.contract;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * What one sink would have received in the rehearsal: its exported settings and every subscribed record's passage
 * through its converters and SMT chain. {@code chainGap} says why the chain did not run in full (a transform not on
 * this machine, or a broken one), in which case the record checks would not see what the real sink sees; null when
 * it ran in full.
 */
record SinkRun(ExportedSink sink, List<Passage> passages, String chainGap) {

    boolean chainComplete() {
        return chainGap == null;
    }

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
