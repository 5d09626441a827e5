package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Confluent's Databricks Delta Lake sink: it takes Avro, JSON Schema or Protobuf input (records with a schema) and
 * appends only, so a delete must arrive as a row (e.g. flagged {@code __deleted}) for the table to learn of it; a
 * tombstone has no row to append. (The rule engine designs Delta Lake/Databricks as a streaming job, not a Connect
 * sink; this contract covers a folder that adds one.)
 */
final class DeltaLakeContract implements SinkContract {

    @Override public Set<TargetKind> kinds() { return Set.of(TargetKind.DELTA_LAKE, TargetKind.DATABRICKS); }

    @Override public boolean handles(String c) { return c.endsWith(".DatabricksDeltaLakeSinkConnector"); }

    @Override public String doc() { return "https://docs.confluent.io/kafka-connectors/databricks-delta-lake-sink/current/overview.html"; }

    @Override
    public List<Check> check(SinkRun run) {
        ExportedSink sink = run.sink();
        if (!run.chainComplete()) return List.of(Finding.notRun(sink, "schema and deletes", run.chainGap()));
        List<Check> out = new ArrayList<>();
        Passage schemaless = run.firstDelivered(p -> p.output().value() != null && p.output().valueSchema() == null).orElse(null);
        out.add(schemaless == null ? Finding.pass(sink, "converters", "every delivered value carries a schema", doc())
                : Finding.fail(sink, "converters", "value.converter", "the sink takes Avro, JSON Schema or Protobuf input, and this value has no schema",
                        schemaless, "read with a schema-registry converter", doc()));
        List<Passage> nulls = run.nullValuesDelivered();
        out.add(nulls.isEmpty() ? Finding.pass(sink, "deletes", run.deletesOnTopic() + " source deletes arrive as rows to append", doc())
                : Finding.fail(sink, "deletes", "transforms", nulls.size() + " tombstones reach a sink that only appends rows", nulls.get(0),
                        "turn deletes into rows (ExtractNewRecordState delete.tombstone.handling.mode=rewrite) and apply them downstream", doc()));
        return out;
    }
}
