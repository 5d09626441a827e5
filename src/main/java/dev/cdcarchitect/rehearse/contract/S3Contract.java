package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;

/**
 * Confluent's Amazon S3 sink: {@code behavior.on.null.values} defaults to {@code fail}, so the first tombstone stops
 * the task; Avro and Parquet formats write with the record's schema, so schemaless values cannot be written; objects
 * land under {@code topics.dir} (default {@code topics}) in a folder per topic.
 */
final class S3Contract implements SinkContract {

    @Override public Set<TargetKind> kinds() { return Set.of(TargetKind.S3); }

    @Override public boolean handles(String c) { return c.equals("io.confluent.connect.s3.S3SinkConnector"); }

    @Override public String doc() { return "https://docs.confluent.io/kafka-connectors/s3-sink/current/configuration_options.html"; }

    @Override
    public List<Check> check(SinkRun run) {
        ExportedSink sink = run.sink();
        if (!run.chainComplete()) return List.of(Finding.notRun(sink, "tombstones and format", run.chainGap()));
        List<Check> out = new ArrayList<>();
        String behavior = sink.get("behavior.on.null.values", "fail").strip().toLowerCase();
        List<Passage> nulls = run.nullValuesDelivered();
        if (!nulls.isEmpty() && behavior.equals("fail")) {
            out.add(Finding.fail(sink, "tombstones", "behavior.on.null.values=" + sink.get("behavior.on.null.values", "fail (default)"),
                    nulls.size() + " tombstones reach the sink and the first one kills the task", nulls.get(0),
                    "set behavior.on.null.values=ignore, and keep deletes as records (Debezium's delete event, or ExtractNewRecordState "
                            + "with delete.tombstone.handling.mode=rewrite) so the files still show them", doc()));
        } else {
            out.add(Finding.pass(sink, "tombstones", nulls.size() + " tombstones reach the sink with behavior.on.null.values=" + behavior, doc()));
        }
        String format = sink.get("format.class", "");
        if (format.endsWith("ParquetFormat") || format.endsWith("AvroFormat")) {
            Passage schemaless = run.firstDelivered(p -> p.output().value() != null
                    && (p.output().valueSchema() == null || p.output().valueSchema().type() != Schema.Type.STRUCT)).orElse(null);
            out.add(schemaless == null
                    ? Finding.pass(sink, "format", format + ": every value carries a Struct schema to write columns from", doc())
                    : Finding.fail(sink, "format", "format.class=" + format, "writes with the record's schema, and this value has "
                            + (schemaless.output().valueSchema() == null ? "none" : "a " + schemaless.output().valueSchema().type() + " schema"),
                            schemaless, "read with a schema-carrying converter (Avro, Protobuf, JSON Schema, or JSON with schemas.enable=true)", doc()));
        }
        Set<String> folders = new LinkedHashSet<>();
        run.delivered().forEach(p -> folders.add(sink.get("topics.dir", "topics") + "/" + p.output().topic() + "/"));
        out.add(Finding.pass(sink, "object paths", "objects land under " + folders + " (then the partitioner's path)", doc()));
        return out;
    }
}
