package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ClickHouse's Kafka Connect sink: it inserts rows with a declared schema or schemaless (Struct or JSON object
 * values) into the table named after the topic, or the one {@code topic2TableMap} gives.
 */
final class ClickHouseContract implements SinkContract {

    @Override public Set<TargetKind> kinds() { return Set.of(TargetKind.CLICKHOUSE); }

    @Override public boolean handles(String c) { return c.equals("com.clickhouse.kafka.connect.ClickHouseSinkConnector"); }

    @Override public String doc() { return "https://clickhouse.com/docs/en/integrations/kafka/clickhouse-kafka-connect-sink"; }

    @Override
    public List<Check> check(SinkRun run) {
        ExportedSink sink = run.sink();
        if (!run.chainComplete()) return List.of(Finding.notRun(sink, "rows and tables", run.chainGap()));
        List<Check> out = new ArrayList<>();
        Passage notRow = run.firstDelivered(p -> p.output().value() != null && !RecordShapes.rowShaped(p.output().value())).orElse(null);
        Passage envelope = run.firstDelivered(p -> RecordShapes.envelope(p.output().value())).orElse(null);
        if (notRow != null) {
            out.add(Finding.fail(sink, "rows", "value.converter", "the value is " + notRow.output().value().getClass().getSimpleName()
                    + ", not a row with fields", notRow, "deliver Struct or JSON object values", doc()));
        } else if (envelope != null) {
            out.add(Finding.fail(sink, "rows", "transforms", "the value is still Debezium's envelope (before/after/source/op), not the row",
                    envelope, "flatten with io.debezium.transforms.ExtractNewRecordState before the sink", doc()));
        } else {
            out.add(Finding.pass(sink, "rows", run.delivered().size() + " delivered records are rows; " + run.nullValuesDelivered().size()
                    + " tombstones reach the sink", doc()));
        }
        Set<String> tables = new LinkedHashSet<>();
        run.delivered().forEach(p -> tables.add(p.output().topic()));
        out.add(Finding.pass(sink, "tables", "records land in database " + sink.get("database", "default") + ", "
                + (sink.config().containsKey("topic2TableMap") ? "tables of topic2TableMap for " : "tables named after the topics ") + tables, doc()));
        return out;
    }
}
