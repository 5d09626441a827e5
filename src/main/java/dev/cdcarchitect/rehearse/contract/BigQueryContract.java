package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The BigQuery sink (WePay/Confluent): upserts and deletes ({@code upsertEnabled}, {@code deleteEnabled}) match rows
 * by the record key, need {@code kafkaKeyFieldName}, do not work with transforms that rename the topic, and a delete
 * is a tombstone; without {@code sanitizeTopics} (default false) the topic name is the table name, and a BigQuery
 * table name takes only letters, marks, numbers, connectors (underscore), dashes and spaces.
 */
final class BigQueryContract implements SinkContract {

    static final String TABLE_NAMES_DOC = "https://cloud.google.com/bigquery/docs/tables#table_naming";
    private static final Pattern TABLE_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\p{Pc}\\p{Pd}\\p{Zs}]{1,1024}");

    @Override public Set<TargetKind> kinds() { return Set.of(TargetKind.BIGQUERY); }

    @Override public boolean handles(String c) { return c.equals("com.wepay.kafka.connect.bigquery.BigQuerySinkConnector"); }

    @Override public String doc() { return "https://docs.confluent.io/kafka-connectors/bigquery/current/overview.html"; }

    @Override
    public List<Check> check(SinkRun run) {
        ExportedSink sink = run.sink();
        List<Check> out = new ArrayList<>();
        boolean upsert = sink.isTrue("upsertEnabled", false);
        boolean delete = sink.isTrue("deleteEnabled", false);
        if ((upsert || delete) && sink.get("kafkaKeyFieldName", "").isBlank()) {
            out.add(Finding.fail(sink, "keys", (upsert ? "upsertEnabled" : "deleteEnabled") + "=true", "rows are matched by the record key, "
                    + "which the sink stores only when kafkaKeyFieldName is set", null, "set kafkaKeyFieldName (e.g. kafka_key)", doc()));
        }
        if (!run.chainComplete()) {
            out.add(Finding.notRun(sink, "keys, deletes and tables", run.chainGap()));
            return out;
        }
        if (upsert || delete) {
            Passage renamed = run.firstDelivered(p -> !p.output().topic().equals(p.topic())).orElse(null);
            Passage keyless = run.firstDelivered(p -> p.output().key() == null || p.output().keySchema() == null).orElse(null);
            if (renamed != null) {
                out.add(Finding.fail(sink, "keys", "transforms", "a transform renames the topic to " + renamed.output().topic()
                        + ", which upserts and deletes do not support", renamed, "drop the topic-renaming transform", doc()));
            } else if (keyless != null) {
                out.add(Finding.fail(sink, "keys", "key.converter", "upserts and deletes match rows by a record key with a schema, and this "
                        + "record has " + (keyless.output().key() == null ? "no key" : "a schemaless key"), keyless,
                        "read keys with a schema-carrying converter", doc()));
            } else if (out.isEmpty()) {
                out.add(Finding.pass(sink, "keys", "every delivered record has a key with a schema; kafkaKeyFieldName=" + sink.get("kafkaKeyFieldName", ""), doc()));
            }
        }
        long deletes = run.deletesOnTopic();
        if (delete && deletes > 0 && run.nullValuesDelivered().isEmpty()) {
            out.add(Finding.fail(sink, "deletes", "deleteEnabled=true", deletes + " source deletes but no tombstone reaches the sink, and "
                    + "only a tombstone deletes a row", null, "keep tombstones through the chain (ExtractNewRecordState "
                    + "delete.tombstone.handling.mode=tombstone)", doc()));
        } else {
            out.add(Finding.pass(sink, "deletes", deletes + " source deletes, " + run.nullValuesDelivered().size()
                    + " tombstones reach the sink (deleteEnabled=" + delete + ")", doc()));
        }
        out.add(tables(run));
        return out;
    }

    private Check tables(SinkRun run) {
        ExportedSink sink = run.sink();
        Set<String> tables = new LinkedHashSet<>();
        run.delivered().forEach(p -> tables.add(p.output().topic()));
        if (sink.isTrue("sanitizeTopics", false) || sink.config().containsKey("topic2TableMap")) {
            return Finding.pass(sink, "tables", "topics " + tables + " are mapped to table names ("
                    + (sink.isTrue("sanitizeTopics", false) ? "sanitizeTopics=true" : "topic2TableMap") + ")", doc());
        }
        Passage bad = run.firstDelivered(p -> !TABLE_NAME.matcher(p.output().topic()).matches()).orElse(null);
        if (bad != null) {
            return Finding.fail(sink, "tables", "sanitizeTopics=" + sink.get("sanitizeTopics", "false (default)"), "the topic "
                    + bad.output().topic() + " becomes the table name as it is, and a BigQuery table name cannot contain '.' ("
                    + TABLE_NAMES_DOC + ")", bad, "set sanitizeTopics=true so the sink turns the topic into a valid table name", doc());
        }
        return Finding.pass(sink, "tables", "topics " + tables + " are valid BigQuery table names", doc());
    }
}
