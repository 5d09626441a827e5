package dev.cdcarchitect.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * The Avro key and value schemas a Debezium connector writes for one table through a registry converter, before and
 * after a change: a change-event envelope whose {@code before}/{@code after} are the row record. Only the primary key
 * and the columns the change touches are modelled; the table's other columns are the same on both sides and so
 * cannot change the compatibility verdict.
 *
 * <p>Mapping (Debezium's default type handling, the registry converter's Avro form): optional columns become a union
 * with null and default null; a column default becomes the field default; decimals use
 * {@code decimal.handling.mode=precise}, i.e. bytes with the decimal logical type.
 */
public final class EventSchemas {

    /** Before and after for the value (envelope) and for the key. */
    public record Pair(Schema valueBefore, Schema valueAfter, Schema keyBefore, Schema keyAfter) {}

    private EventSchemas() {}

    /**
     * @param namespace the record namespace: the topic prefix and the table's schema, as the connector names it
     * @param keyColumns the primary key before the change (the design's stated key, or "id")
     */
    public static Pair of(SchemaChange change, String namespace, List<String> keyColumns) {
        EventColumns c = EventColumns.of(change, namespace, keyColumns);
        String row = c.row();
        return new Pair(envelope(row, c.before()), envelope(row, c.after()), record(row + ".Key", c.key()), record(row + ".Key", c.keyAfter()));
    }

    private static Schema envelope(String row, List<EventColumns.Column> columns) {
        Schema value = record(row + ".Value", columns);
        Schema optionalValue = Schema.createUnion(Schema.create(Schema.Type.NULL), value);
        return SchemaBuilder.record("Envelope").namespace(row).fields()
                .name("before").type(optionalValue).withDefault(null)
                .name("after").type(optionalValue).withDefault(null)
                .requiredString("op")
                .name("ts_ms").type(Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.LONG))).withDefault(null)
                .endRecord();
    }

    private static Schema record(String fullName, List<EventColumns.Column> columns) {
        int dot = fullName.lastIndexOf('.');
        List<Schema.Field> fields = new ArrayList<>();
        for (EventColumns.Column c : columns) fields.add(field(c));
        return Schema.createRecord(fullName.substring(dot + 1), null, fullName.substring(0, dot), false, fields);
    }

    private static Schema.Field field(EventColumns.Column c) {
        Schema type = avroType(c.type());
        if (c.optional()) return new Schema.Field(c.name(), Schema.createUnion(Schema.create(Schema.Type.NULL), type), null, JsonProperties.NULL_VALUE);
        Object fieldDefault = defaultOf(c.type(), c.defaultValue());
        return fieldDefault == null ? new Schema.Field(c.name(), type) : new Schema.Field(c.name(), type, null, fieldDefault);
    }

    static Schema avroType(ColumnType type) {
        return switch (type.family()) {
            case SMALLINT, INT, DATE -> Schema.create(Schema.Type.INT);
            case BIGINT, TIMESTAMP -> Schema.create(Schema.Type.LONG);
            case REAL -> Schema.create(Schema.Type.FLOAT);
            case DOUBLE -> Schema.create(Schema.Type.DOUBLE);
            case BOOLEAN -> Schema.create(Schema.Type.BOOLEAN);
            case TEXT, JSON -> Schema.create(Schema.Type.STRING);
            case BINARY -> Schema.create(Schema.Type.BYTES);
            case DECIMAL -> {
                int precision = type.length() == 0 ? 38 : type.length();
                yield LogicalTypes.decimal(precision, type.scale()).addToSchema(Schema.create(Schema.Type.BYTES));
            }
        };
    }

    /**
     * A SQL default as the Avro field default (its JSON form), or null when it has none the connector can carry: an
     * expression such as {@code now()} is evaluated by the database per row, so no literal reaches the schema.
     */
    static Object defaultOf(ColumnType type, String written) {
        if (written.isEmpty()) return null;
        boolean quoted = written.startsWith("'") && written.endsWith("'") && written.length() >= 2;
        String v = quoted ? written.substring(1, written.length() - 1) : written;
        try {
            return switch (type.family()) {
                case SMALLINT, INT -> Integer.parseInt(v);
                case BIGINT -> Long.parseLong(v);
                case REAL -> Float.parseFloat(v);
                case DOUBLE -> Double.parseDouble(v);
                case BOOLEAN -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? Boolean.parseBoolean(v) : null;
                // Avro's JSON default for bytes: the two's-complement unscaled value, one ISO-8859-1 character per byte.
                case DECIMAL -> new String(new BigDecimal(v).setScale(type.scale(), RoundingMode.UNNECESSARY).unscaledValue().toByteArray(),
                        StandardCharsets.ISO_8859_1);
                case TEXT, JSON -> quoted ? v : null;
                default -> null; // dates and timestamps: a literal needs the connector's own encoding; treated as carried by no default
            };
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
