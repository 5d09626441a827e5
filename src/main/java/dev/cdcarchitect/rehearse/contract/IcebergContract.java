package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Apache Iceberg's Kafka Connect sink: records go to the tables of {@code iceberg.tables}, or, with
 * {@code iceberg.tables.dynamic-enabled=true}, to the table named by the value's {@code iceberg.tables.route-field};
 * a record without that field has no table. Values must be row-shaped (a Struct or a JSON object).
 */
final class IcebergContract implements SinkContract {

    @Override public Set<TargetKind> kinds() { return Set.of(TargetKind.ICEBERG); }

    @Override public boolean handles(String c) {
        return c.equals("org.apache.iceberg.connect.IcebergSinkConnector") || c.equals("io.tabular.iceberg.connect.IcebergSinkConnector");
    }

    @Override public String doc() { return "https://iceberg.apache.org/docs/latest/kafka-connect/"; }

    @Override
    public List<Check> check(SinkRun run) {
        ExportedSink sink = run.sink();
        List<Check> out = new ArrayList<>();
        boolean dynamic = sink.isTrue("iceberg.tables.dynamic-enabled", false);
        String routeField = sink.get("iceberg.tables.route-field", "").strip();
        if (dynamic && routeField.isEmpty()) {
            out.add(Finding.fail(sink, "tables", "iceberg.tables.dynamic-enabled=true", "routes by a field but iceberg.tables.route-field is "
                    + "not set", null, "set iceberg.tables.route-field to the value field naming the table", doc()));
            return out;
        }
        if (!dynamic && sink.get("iceberg.tables", "").isBlank()) {
            out.add(Finding.fail(sink, "tables", "iceberg.tables", "no destination table and no dynamic routing", null,
                    "set iceberg.tables, or iceberg.tables.dynamic-enabled=true with iceberg.tables.route-field", doc()));
            return out;
        }
        if (!run.chainComplete()) {
            out.add(Finding.notRun(sink, "tables and rows", run.chainGap()));
            return out;
        }
        List<Passage> rows = run.delivered().stream().filter(p -> p.output().value() != null).toList();
        Passage notRow = rows.stream().filter(p -> !RecordShapes.rowShaped(p.output().value())).findFirst().orElse(null);
        if (notRow != null) {
            out.add(Finding.fail(sink, "rows", "value.converter", "the value is " + notRow.output().value().getClass().getSimpleName()
                    + ", not a row with fields", notRow, "deliver Struct or JSON object values", doc()));
            return out;
        }
        if (dynamic) {
            Passage unrouted = rows.stream().filter(p -> RecordShapes.field(p.output().value(), routeField) == null).findFirst().orElse(null);
            if (unrouted != null) {
                out.add(Finding.fail(sink, "tables", "iceberg.tables.route-field=" + routeField, "the value has no " + routeField
                        + ", so the record has no table", unrouted, "add the field with the unwrap transform (add.fields) or route by an existing field", doc()));
                return out;
            }
            Set<String> tables = new LinkedHashSet<>();
            rows.forEach(p -> tables.add(String.valueOf(RecordShapes.field(p.output().value(), routeField))));
            out.add(Finding.pass(sink, "tables", rows.size() + " rows routed by " + routeField + " to tables " + tables, doc()));
        } else {
            out.add(Finding.pass(sink, "tables", rows.size() + " rows go to iceberg.tables=" + sink.get("iceberg.tables", ""), doc()));
        }
        out.add(Finding.pass(sink, "deletes", run.deletesOnTopic() + " source deletes; " + run.nullValuesDelivered().size()
                + " tombstones reach the sink", doc()));
        return out;
    }
}
