package dev.cdcarchitect.impact;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL column type as written in a change ("bigint", "varchar(200)", "numeric(12,4)"), reduced to the family that
 * decides its Kafka Connect / Avro form and the sizes that decide widening.
 *
 * @param length for character types the maximum length, for decimals the precision; 0 when not given
 * @param scale  for decimals the scale; 0 otherwise
 */
public record ColumnType(String written, Family family, int length, int scale) {

    /** Families ordered by the Kafka Connect type Debezium gives them (integers by width). */
    public enum Family { SMALLINT, INT, BIGINT, DECIMAL, REAL, DOUBLE, TEXT, BOOLEAN, DATE, TIMESTAMP, JSON, BINARY }

    private static final Pattern SHAPE = Pattern.compile("([a-z][a-z0-9 ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    /** The type as written, or empty when it is not a type this simulator knows. */
    public static Optional<ColumnType> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) return Optional.empty();
        Family family = familyOf(m.group(1).trim());
        if (family == null) return Optional.empty();
        int length = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int scale = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Optional.of(new ColumnType(text.trim(), family, length, scale));
    }

    private static Family familyOf(String name) {
        return switch (name) {
            case "smallint", "int2", "tinyint" -> Family.SMALLINT;
            case "int", "integer", "int4", "mediumint" -> Family.INT;
            case "bigint", "int8" -> Family.BIGINT;
            case "numeric", "decimal", "number" -> Family.DECIMAL;
            case "real", "float4", "float" -> Family.REAL;
            case "double", "double precision", "float8" -> Family.DOUBLE;
            case "varchar", "character varying", "char", "character", "text", "nvarchar", "nchar", "varchar2", "nvarchar2",
                    "string", "clob" -> Family.TEXT;
            case "boolean", "bool", "bit" -> Family.BOOLEAN;
            case "date" -> Family.DATE;
            case "timestamp", "timestamptz", "datetime", "datetime2", "timestamp with time zone" -> Family.TIMESTAMP;
            case "json", "jsonb" -> Family.JSON;
            case "bytea", "blob", "varbinary", "binary", "raw" -> Family.BINARY;
            default -> null;
        };
    }

    /** True when every value of {@code this} fits {@code other} unchanged (the change from this to other widens). */
    public boolean fitsIn(ColumnType other) {
        if (family == other.family) {
            if (family == Family.TEXT) return other.length == 0 || (length != 0 && length <= other.length);
            if (family == Family.DECIMAL) return other.scale >= scale && other.length - other.scale >= length - scale;
            return true;
        }
        return switch (family) {
            case SMALLINT -> other.family == Family.INT || other.family == Family.BIGINT;
            case INT -> other.family == Family.BIGINT;
            case REAL -> other.family == Family.DOUBLE;
            default -> false;
        };
    }

    @Override
    public String toString() { return written; }
}
