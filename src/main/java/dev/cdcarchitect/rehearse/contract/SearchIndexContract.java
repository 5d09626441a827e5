package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Elasticsearch (Confluent) and OpenSearch (Aiven) sinks, which share their record rules: with {@code key.ignore=false}
 * (the default) the record key becomes the document id and must be INT8-INT64 or STRING ("STRUCT is not supported as
 * the document id"); {@code behavior.on.null.values} (default {@code fail}) decides what a tombstone does; the index
 * is the record's topic.
 */
abstract class SearchIndexContract implements SinkContract {

    private static final Set<Schema.Type> ID_TYPES = Set.of(Schema.Type.INT8, Schema.Type.INT16, Schema.Type.INT32, Schema.Type.INT64, Schema.Type.STRING);

    static final class Elasticsearch extends SearchIndexContract {
        @Override public Set<TargetKind> kinds() { return Set.of(TargetKind.ELASTICSEARCH); }
        @Override public boolean handles(String c) { return c.equals("io.confluent.connect.elasticsearch.ElasticsearchSinkConnector"); }
        @Override public String doc() { return "https://docs.confluent.io/kafka-connectors/elasticsearch/current/configuration_options.html"; }
    }

    static final class OpenSearch extends SearchIndexContract {
        @Override public Set<TargetKind> kinds() { return Set.of(TargetKind.OPENSEARCH); }
        @Override public boolean handles(String c) { return c.equals("io.aiven.kafka.connect.opensearch.OpensearchSinkConnector"); }
        @Override public String doc() {
            return "https://github.com/Aiven-Open/opensearch-connector-for-apache-kafka/blob/main/docs/opensearch-sink-connector-config-options.rst";
        }
    }

    @Override
    public List<Check> check(SinkRun run) {
        ExportedSink sink = run.sink();
        if (!run.chainComplete()) {
            return List.of(Finding.notRun(sink, "document id and tombstones", run.chainGap()));
        }
        boolean keyIgnore = sink.isTrue("key.ignore", false);
        List<Check> out = new ArrayList<>();
        out.add(keyIgnore ? Finding.pass(sink, "document id", "key.ignore=true: the id is topic+partition+offset, one document per change", doc())
                : documentId(run));
        out.add(tombstones(run, keyIgnore));
        Set<String> indexes = new LinkedHashSet<>();
        run.delivered().forEach(p -> indexes.add(p.output().topic()));
        out.add(Finding.pass(sink, "index", run.delivered().size() + " records land in the index named after their topic: " + indexes, doc()));
        return out;
    }

    private Check documentId(SinkRun run) {
        ExportedSink sink = run.sink();
        Map<String, Set<String>> rowsById = new LinkedHashMap<>();
        Map<String, Passage> firstById = new LinkedHashMap<>();
        for (Passage p : run.delivered()) {
            SinkRecord r = p.output();
            Schema.Type type = r.keySchema() != null ? r.keySchema().type() : r.key() == null ? null : ConnectSchema.schemaType(r.key().getClass());
            if (r.key() == null || type == null || !ID_TYPES.contains(type)) {
                return Finding.fail(sink, "document id", "key.ignore=" + sink.get("key.ignore", "false (default)"),
                        "the record key after the transforms is " + (r.key() == null ? "null" : type + " (" + Passage.keyText(r.key()) + ")")
                                + ", and the sink takes a document id only from INT8-INT64 or STRING: \"" + (type == null ? "null" : type.name())
                                + " is not supported as the document id\"", p,
                        "extract one key column as the id (transforms=...,docid with transforms.docid.type="
                                + "org.apache.kafka.connect.transforms.ExtractField$Key and transforms.docid.field=<key column>), or set "
                                + "key.ignore=true for one document per change", doc());
            }
            String id = String.valueOf(r.key());
            rowsById.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(Passage.keyText(p.input().key()));
            firstById.putIfAbsent(id, p);
        }
        for (Map.Entry<String, Set<String>> e : rowsById.entrySet()) {
            if (e.getValue().size() > 1) {
                return Finding.fail(sink, "document id", "transforms (key extraction) with key.ignore=false", "the rows " + e.getValue()
                        + " all get document id " + e.getKey() + ", so each overwrites (or deletes) the others", firstById.get(e.getKey()),
                        "the id must identify the row: for a composite key set key.ignore=true (one document per change) or build one "
                                + "string key from all key columns before the sink", doc());
            }
        }
        return Finding.pass(sink, "document id", rowsById.size() + " rows, each with its own primitive document id " + rowsById.keySet(), doc());
    }

    private Check tombstones(SinkRun run, boolean keyIgnore) {
        ExportedSink sink = run.sink();
        String behavior = sink.get("behavior.on.null.values", "fail").strip().toLowerCase();
        List<Passage> nulls = run.nullValuesDelivered();
        long deletes = run.deletesOnTopic();
        if (!nulls.isEmpty() && behavior.equals("fail")) {
            return Finding.fail(sink, "tombstones", "behavior.on.null.values=" + sink.get("behavior.on.null.values", "fail (default)"),
                    nulls.size() + " tombstones reach the sink and the first one stops the task", nulls.get(0),
                    keyIgnore ? "set behavior.on.null.values=ignore (deletes stay as documents flagged __deleted)"
                            : "set behavior.on.null.values=delete so a tombstone deletes the row's document", doc());
        }
        if (!nulls.isEmpty() && !keyIgnore && behavior.equals("ignore")) {
            return Finding.fail(sink, "tombstones", "behavior.on.null.values=ignore", "the deleted rows' tombstones are ignored, so their "
                    + "documents stay in the index for good", nulls.get(0), "set behavior.on.null.values=delete", doc());
        }
        return Finding.pass(sink, "tombstones", deletes + " source deletes; " + nulls.size() + " tombstones reach the sink with behavior.on.null.values="
                + behavior + (nulls.isEmpty() && deletes > 0 ? " (deletes arrive as documents, e.g. flagged __deleted by the unwrap transform)" : ""), doc());
    }
}
