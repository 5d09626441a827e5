package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Snowflake's Kafka connector: schema detection ({@code snowflake.enable.schematization=true}) works only with
 * {@code snowflake.ingestion.method=SNOWPIPE_STREAMING}; Avro and Protobuf values need a schema registry; with
 * schematization each top-level field of the value becomes a column, so an unflattened Debezium envelope would give
 * columns BEFORE/AFTER/SOURCE instead of the row's columns.
 */
final class SnowflakeContract implements SinkContract {

    static final String SCHEMA_DETECTION_DOC = "https://docs.snowflake.com/en/user-guide/data-load-snowpipe-streaming-kafka-schema-detection";

    @Override public Set<TargetKind> kinds() { return Set.of(TargetKind.SNOWFLAKE); }

    @Override public boolean handles(String c) { return c.equals("com.snowflake.kafka.connector.SnowflakeSinkConnector"); }

    @Override public String doc() { return SCHEMA_DETECTION_DOC; }

    @Override
    public List<Check> check(SinkRun run) {
        ExportedSink sink = run.sink();
        List<Check> out = new ArrayList<>();
        boolean schematization = sink.isTrue("snowflake.enable.schematization", false);
        String method = sink.get("snowflake.ingestion.method", "SNOWPIPE").strip();
        if (schematization && !method.equalsIgnoreCase("SNOWPIPE_STREAMING")) {
            out.add(Finding.fail(sink, "converters", "snowflake.enable.schematization=true with snowflake.ingestion.method=" + method,
                    "schema detection works only with Snowpipe Streaming", null, "set snowflake.ingestion.method=SNOWPIPE_STREAMING", doc()));
        }
        SinkConverters.ConverterChoice value = SinkConverters.ConverterChoice.of("value.converter", sink);
        boolean registryFormat = value.className().contains("Avro") || value.className().contains("Protobuf");
        if (schematization && registryFormat && !value.settings().containsKey("schema.registry.url")) {
            out.add(Finding.fail(sink, "converters", "value.converter=" + value.className() + " (" + value.from() + ")",
                    "Avro and Protobuf need a schema registry for schema detection, and value.converter.schema.registry.url is not set", null,
                    "set value.converter.schema.registry.url", doc()));
        } else if (out.isEmpty()) {
            out.add(Finding.pass(sink, "converters", "schematization=" + schematization + ", ingestion " + method + ", value.converter="
                    + value.className() + (registryFormat ? " with a schema registry" : ""), doc()));
        }
        if (!run.chainComplete()) {
            out.add(Finding.notRun(sink, "columns", run.chainGap()));
            return out;
        }
        if (schematization) {
            Passage raw = run.firstDelivered(p -> RecordShapes.envelope(p.output().value())).orElse(null);
            Passage notRow = run.firstDelivered(p -> p.output().value() != null && !RecordShapes.rowShaped(p.output().value())).orElse(null);
            if (raw != null) {
                out.add(Finding.fail(sink, "columns", "transforms", "the value is still Debezium's envelope, so the table gets columns "
                        + "BEFORE, AFTER, SOURCE, OP instead of the row's columns", raw,
                        "flatten with io.debezium.transforms.ExtractNewRecordState before the sink", doc()));
            } else if (notRow != null) {
                out.add(Finding.fail(sink, "columns", "value.converter", "schema detection needs a record value with fields, got "
                        + notRow.output().value().getClass().getSimpleName(), notRow, "deliver Struct or JSON object values", doc()));
            } else {
                out.add(Finding.pass(sink, "columns", run.delivered().size() + " delivered records are flat rows; columns come from their fields", doc()));
            }
        }
        Set<String> tables = new LinkedHashSet<>();
        run.delivered().forEach(p -> tables.add(p.output().topic()));
        out.add(Finding.pass(sink, "tables", "records of topics " + tables + " go to "
                + (sink.config().containsKey("snowflake.topic2table.map") ? "the tables of snowflake.topic2table.map"
                        : "tables the connector names after each topic (snowflake.topic2table.map is not set)")
                + "; " + run.nullValuesDelivered().size() + " tombstones reach the sink", doc()));
        return out;
    }
}
