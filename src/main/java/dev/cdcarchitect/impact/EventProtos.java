package dev.cdcarchitect.impact;

import java.util.List;

/**
 * The Protobuf schemas (.proto text) a Debezium connector registers for one table through Confluent's
 * {@code ProtobufConverter}, before and after a change: the key message and the change-event envelope whose
 * {@code before}/{@code after} are the row message. Same columns as {@link EventSchemas} (the key and what the
 * change touches).
 *
 * <p>Mapping (the converter's defaults, {@code optional.for.nullables=false} and {@code wrapper.for.nullables=false}):
 * the Connect schema's package and last name part give the package and message; fields are numbered by position from
 * 1, so a column's field number is its place in the table; proto3 has neither labels for optional columns nor field
 * defaults, so NOT NULL and defaults leave no trace; Connect INT8/INT16 become int32 marked with
 * {@code connect.type}; a precise decimal becomes {@code confluent.type.Decimal} (each value carries its own precision
 * and scale, declared again in the field's {@code confluent.field_meta}); Debezium's dates (days) and timestamps
 * (micro/milliseconds) are plain int32/int64. The envelope's fields follow Debezium 3.6's Envelope: before, after,
 * source, op, ts_ms, ts_us, ts_ns, transaction.
 */
public final class EventProtos {

    /** Before and after for the value (envelope) and for the key, as .proto text. */
    public record Pair(String valueBefore, String valueAfter, String keyBefore, String keyAfter) {}

    /** The fields every Debezium connector's source block starts with; the connector's own fields follow, unchanged. */
    private static final String SOURCE = """
              message Source {
                string version = 1;
                string connector = 2;
                string name = 3;
                int64 ts_ms = 4;
                string snapshot = 5;
                string db = 6;
                string sequence = 7;
                int64 ts_us = 8;
                int64 ts_ns = 9;
                // then the connector's own source fields, the same before and after the change
              }
            """;

    /** Debezium's transaction block (Connect schema "event.block"). */
    private static final String BLOCK = """
              message block {
                string id = 1;
                int64 total_order = 2;
                int64 data_collection_order = 3;
              }
            """;

    private EventProtos() {}

    /**
     * @param namespace the topic prefix and the table's schema, as the connector names them
     * @param keyColumns the primary key before the change (the design's stated key, or "id")
     */
    public static Pair of(SchemaChange change, String namespace, List<String> keyColumns) {
        EventColumns c = EventColumns.of(change, namespace, keyColumns);
        return new Pair(envelope(c.row(), c.before()), envelope(c.row(), c.after()), key(c.row(), c.key()), key(c.row(), c.keyAfter()));
    }

    private static String envelope(String row, List<EventColumns.Column> columns) {
        StringBuilder p = header(row, columns);
        p.append("message Envelope {\n")
                .append("  Value before = 1;\n  Value after = 2;\n  Source source = 3;\n  string op = 4;\n")
                .append("  int64 ts_ms = 5;\n  int64 ts_us = 6;\n  int64 ts_ns = 7;\n  block transaction = 8;\n\n")
                .append("  message Value {\n");
        fields(p, columns, "    ");
        return p.append("  }\n").append(SOURCE).append(BLOCK).append("}\n").toString();
    }

    private static String key(String row, List<EventColumns.Column> columns) {
        StringBuilder p = header(row, columns).append("message Key {\n");
        fields(p, columns, "  ");
        return p.append("}\n").toString();
    }

    private static StringBuilder header(String row, List<EventColumns.Column> columns) {
        StringBuilder p = new StringBuilder("syntax = \"proto3\";\npackage ").append(row).append(";\n\n");
        boolean meta = columns.stream().anyMatch(c -> !params(c.type()).isEmpty());
        boolean decimal = columns.stream().anyMatch(c -> c.type().family() == ColumnType.Family.DECIMAL);
        if (meta) p.append("import \"confluent/meta.proto\";\n");
        if (decimal) p.append("import \"confluent/type/decimal.proto\";\n");
        if (meta || decimal) p.append("\n");
        return p;
    }

    private static void fields(StringBuilder p, List<EventColumns.Column> columns, String indent) {
        int number = 1;
        for (EventColumns.Column c : columns) {
            p.append(indent).append(protoType(c.type())).append(' ').append(c.name()).append(" = ").append(number++);
            List<String[]> params = params(c.type());
            if (!params.isEmpty()) {
                p.append(" [(confluent.field_meta) = { params: [");
                for (int i = 0; i < params.size(); i++) {
                    p.append(i == 0 ? "" : ", ").append("{ key: \"").append(params.get(i)[0]).append("\", value: \"").append(params.get(i)[1]).append("\" }");
                }
                p.append("] }]");
            }
            p.append(";\n");
        }
    }

    static String protoType(ColumnType type) {
        return switch (type.family()) {
            case SMALLINT, INT, DATE -> "int32";
            case BIGINT, TIMESTAMP -> "int64";
            case REAL -> "float";
            case DOUBLE -> "double";
            case BOOLEAN -> "bool";
            case TEXT, JSON -> "string";
            case BINARY -> "bytes";
            case DECIMAL -> "confluent.type.Decimal";
        };
    }

    /** The Connect parameters the converter keeps in the field's options (as key/value pairs, in its order). */
    private static List<String[]> params(ColumnType type) {
        return switch (type.family()) {
            case SMALLINT -> List.<String[]>of(new String[] {"connect.type", "int16"});
            case DECIMAL -> List.of(new String[] {"precision", String.valueOf(type.length() == 0 ? 38 : type.length())},
                    new String[] {"scale", String.valueOf(type.scale())});
            default -> List.of();
        };
    }
}
