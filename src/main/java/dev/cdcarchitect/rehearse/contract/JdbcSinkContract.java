package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Debezium's JDBC sink: it consumes Debezium's envelopes as they are, or flat rows without nested structs; a record
 * key, if present, must be a primitive or a Struct; {@code delete.enabled=true} (deletes and tombstones remove rows)
 * requires {@code primary.key.mode=record_key}; with {@code delete.enabled=false} (the default) source deletes never
 * reach the replica.
 */
final class JdbcSinkContract implements SinkContract {

    @Override public Set<TargetKind> kinds() { return Set.of(TargetKind.RELATIONAL_REPLICA); }

    @Override public boolean handles(String c) { return c.equals("io.debezium.connector.jdbc.JdbcSinkConnector"); }

    @Override public String doc() { return "https://debezium.io/documentation/reference/stable/connectors/jdbc.html"; }

    @Override
    public List<Check> check(SinkRun run) {
        ExportedSink sink = run.sink();
        List<Check> out = new ArrayList<>();
        boolean delete = sink.isTrue("delete.enabled", false);
        String pkMode = sink.get("primary.key.mode", "none").strip();
        if (delete && !pkMode.equals("record_key")) {
            out.add(Finding.fail(sink, "deletes", "delete.enabled=true with primary.key.mode=" + pkMode, "deletes need the row's key from the "
                    + "record key", null, "set primary.key.mode=record_key", doc()));
        }
        if (!run.chainComplete()) {
            out.add(Finding.notRun(sink, "keys and rows", run.chainGap()));
            return out;
        }
        long deletes = run.deletesOnTopic();
        if (!delete && deletes > 0) {
            out.add(Finding.fail(sink, "deletes", "delete.enabled=" + sink.get("delete.enabled", "false (default)"), deletes
                    + " source deletes never remove their rows from the replica", null,
                    "set delete.enabled=true with primary.key.mode=record_key", doc()));
        } else if (out.isEmpty()) {
            out.add(Finding.pass(sink, "deletes", deletes + " source deletes remove rows (delete.enabled=" + delete + ", primary.key.mode=" + pkMode + ")", doc()));
        }
        Passage badKey = run.firstDelivered(p -> p.output().key() != null && p.output().keySchema() != null
                && !p.output().keySchema().type().isPrimitive() && p.output().keySchema().type() != Schema.Type.STRUCT).orElse(null);
        Passage nested = run.firstDelivered(p -> p.output().value() instanceof Struct s && !RecordShapes.envelope(s)
                && !RecordShapes.nestedStructFields(s).isEmpty()).orElse(null);
        if (badKey != null) {
            out.add(Finding.fail(sink, "keys", "key.converter / transforms", "the key is a " + badKey.output().keySchema().type()
                    + ", and the sink takes a primitive or Struct key", badKey, "deliver the source's key unchanged", doc()));
        } else if (nested != null) {
            out.add(Finding.fail(sink, "rows", "transforms", "the value has nested structs " + RecordShapes.nestedStructFields((Struct) nested.output().value())
                    + "; the sink takes Debezium's envelope or a flat row", nested, "remove the transform that nests fields, or flatten them", doc()));
        } else {
            out.add(Finding.pass(sink, "rows", run.delivered().size() + " records with primitive or Struct keys and envelope or flat values", doc()));
        }
        return out;
    }
}
