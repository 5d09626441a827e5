package dev.cdcarchitect.cutover;

import java.util.List;

/**
 * The SQL each system needs for the canonical row text and its hash (decision 0019): the same row gives the same
 * text, and the same 60-bit number (the first 15 hex digits of the MD5 of the UTF-8 text), in every dialect.
 * PostgreSQL and MySQL/MariaDB are executed against real servers in the tests; the others follow each system's
 * documented functions and are not executed here.
 */
public enum SqlDialect {
    POSTGRESQL("PostgreSQL", true),
    MYSQL("MySQL / MariaDB", true),
    SQL_SERVER("SQL Server", false),
    ORACLE("Oracle", false),
    DB2("Db2", false),
    SNOWFLAKE("Snowflake", false),
    BIGQUERY("BigQuery", false),
    CLICKHOUSE("ClickHouse", false);

    /** The field separator of the canonical text. */
    static final String SEPARATOR = "|";
    /** What a NULL becomes (PostgreSQL COPY's marker), so NULL and the empty string differ. */
    static final String NULL_MARKER = "\\N";

    private final String displayName;
    private final boolean executedInTests;

    SqlDialect(String displayName, boolean executedInTests) {
        this.displayName = displayName;
        this.executedInTests = executedInTests;
    }

    public String displayName() { return displayName; }

    /** True for the dialects the rehearsal tests run on real servers. */
    public boolean executedInTests() { return executedInTests; }

    /** A string literal; MySQL, Snowflake, BigQuery and ClickHouse treat a backslash as an escape. */
    String literal(String text) {
        String quoted = text.replace("'", "''");
        return switch (this) {
            case MYSQL, SNOWFLAKE, BIGQUERY, CLICKHOUSE -> "'" + quoted.replace("\\", "\\\\") + "'";
            default -> "'" + quoted + "'";
        };
    }

    /** The canonical text of one column, NULL kept as NULL (the marker is applied by {@link #field}). */
    String text(Column column) {
        String c = column.name();
        return switch (column.type()) {
            case INTEGER, TEXT -> plain(c, column.type());
            case DECIMAL -> trimmedDecimal(plain(c, ColumnType.DECIMAL));
            case BOOLEAN -> switch (this) {
                case SQL_SERVER -> "CASE " + c + " WHEN 1 THEN '1' WHEN 0 THEN '0' END";
                case ORACLE -> "CASE WHEN " + c + " = 1 THEN '1' WHEN " + c + " = 0 THEN '0' END";
                default -> "CASE WHEN " + c + " THEN '1' WHEN NOT " + c + " THEN '0' END";
            };
            case TIMESTAMP -> switch (this) {
                case POSTGRESQL -> "to_char(" + c + ", 'YYYY-MM-DD HH24:MI:SS.US')";
                case MYSQL -> "DATE_FORMAT(" + c + ", '%Y-%m-%d %H:%i:%s.%f')";
                case SQL_SERVER -> "FORMAT(" + c + ", 'yyyy-MM-dd HH:mm:ss.ffffff')";
                case ORACLE, SNOWFLAKE -> "TO_CHAR(" + c + ", 'YYYY-MM-DD HH24:MI:SS.FF6')";
                case DB2 -> "VARCHAR_FORMAT(" + c + ", 'YYYY-MM-DD HH24:MI:SS.FF6')";
                case BIGQUERY -> "FORMAT_TIMESTAMP('%Y-%m-%d %H:%M:%E6S', " + c + ")";
                case CLICKHOUSE -> "formatDateTime(" + c + ", '%Y-%m-%d %H:%i:%S.%f')";
            };
        };
    }

    private String plain(String c, ColumnType type) {
        return switch (this) {
            case POSTGRESQL -> "CAST(" + c + " AS TEXT)";
            case MYSQL -> "CAST(" + c + " AS CHAR)";
            // FORMAT G29 drops a decimal's trailing zeros itself; RTRIM with characters needs SQL Server 2022.
            case SQL_SERVER -> type == ColumnType.DECIMAL ? "FORMAT(" + c + ", 'G29')" : "CAST(" + c + " AS NVARCHAR(MAX))";
            // TO_CHAR without a format drops the leading zero of 0.5; FM with 0 before the point keeps it.
            case ORACLE -> type == ColumnType.DECIMAL ? "TO_CHAR(" + c + ", 'FM99999999999999999999999999990.9999999999')" : "TO_CHAR(" + c + ")";
            case DB2 -> "VARCHAR(" + c + ")";
            case SNOWFLAKE -> "TO_VARCHAR(" + c + ")";
            case BIGQUERY -> "CAST(" + c + " AS STRING)";
            case CLICKHOUSE -> "toString(" + c + ")";
        };
    }

    /** 10.500 → 10.5, 10.00 → 10, 100 → 100: trailing zeros go only after a decimal point. */
    private String trimmedDecimal(String s) {
        return switch (this) {
            case SQL_SERVER -> s;
            case MYSQL -> "CASE WHEN LOCATE('.', " + s + ") > 0 THEN TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM " + s + ")) ELSE " + s + " END";
            case CLICKHOUSE -> "if(position(" + s + ", '.') > 0, replaceRegexpOne(" + s + ", '\\\\.?0*$', ''), " + s + ")";
            case DB2 -> "CASE WHEN LOCATE('.', " + s + ") > 0 THEN STRIP(STRIP(" + s + ", T, '0'), T, '.') ELSE " + s + " END";
            case BIGQUERY -> "CASE WHEN STRPOS(" + s + ", '.') > 0 THEN RTRIM(RTRIM(" + s + ", '0'), '.') ELSE " + s + " END";
            case POSTGRESQL -> "CASE WHEN strpos(" + s + ", '.') > 0 THEN rtrim(rtrim(" + s + ", '0'), '.') ELSE " + s + " END";
            case ORACLE, SNOWFLAKE -> "CASE WHEN INSTR(" + s + ", '.') > 0 THEN RTRIM(RTRIM(" + s + ", '0'), '.') ELSE " + s + " END";
        };
    }

    /** A column's text with NULL as the marker. */
    String field(Column column) {
        return "COALESCE(" + text(column) + ", " + literal(NULL_MARKER) + ")";
    }

    /** The canonical text of the columns: their fields joined with {@link #SEPARATOR}. */
    String row(List<Column> columns) {
        List<String> fields = columns.stream().map(this::field).toList();
        if (fields.size() == 1) return fields.get(0);
        String sep = literal(SEPARATOR);
        return switch (this) {
            case MYSQL, SQL_SERVER, BIGQUERY, CLICKHOUSE -> (this == CLICKHOUSE ? "concat(" : "CONCAT(") + String.join(", " + sep + ", ", fields) + ")";
            default -> String.join(" || " + sep + " || ", fields);
        };
    }

    /** The first 15 hex digits of MD5(text) as a non-negative whole number below 2^60. */
    String hash60(String text) {
        return switch (this) {
            case POSTGRESQL -> "('x' || substr(md5(" + text + "), 1, 15))::bit(60)::bigint";
            // MD5 hashes the bytes of the string's character set: a latin1 column would hash other bytes than UTF-8.
            case MYSQL -> "CAST(CONV(SUBSTRING(MD5(CONVERT(" + text + " USING utf8mb4)), 1, 15), 16, 10) AS UNSIGNED)";
            // VARCHAR with a UTF-8 collation (SQL Server 2019+) so the bytes hashed are UTF-8, as everywhere else.
            case SQL_SERVER -> "CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(CONVERT(VARCHAR(32), HASHBYTES('MD5', CAST(("
                    + text + ") COLLATE Latin1_General_100_BIN2_UTF8 AS VARCHAR(MAX))), 2), 1, 15), 2))";
            case ORACLE -> "TO_NUMBER(SUBSTR(RAWTOHEX(STANDARD_HASH(" + text + ", 'MD5')), 1, 15), 'XXXXXXXXXXXXXXX')";
            case DB2 -> db2HexToNumber("HEX(HASH_MD5(" + text + "))");
            case SNOWFLAKE -> "TO_NUMBER(SUBSTR(MD5(" + text + "), 1, 15), 'XXXXXXXXXXXXXXX')";
            case BIGQUERY -> "CAST(CONCAT('0x', SUBSTR(TO_HEX(MD5(" + text + ")), 1, 15)) AS INT64)";
            case CLICKHOUSE -> "reinterpretAsUInt64(reverse(unhex(concat('0', substring(hex(MD5(" + text + ")), 1, 15)))))";
        };
    }

    /** Db2 has no hex-to-integer function: the digits are summed by position. */
    private static String db2HexToNumber(String hex) {
        StringBuilder sum = new StringBuilder("(");
        for (int i = 1; i <= 15; i++) {
            if (i > 1) sum.append(" + ");
            sum.append("(LOCATE(SUBSTR(").append(hex).append(", ").append(i).append(", 1), '0123456789ABCDEF') - 1) * ")
                    .append(java.math.BigInteger.valueOf(16).pow(15 - i)).append("");
        }
        return sum.append(')').toString();
    }

    /** A sum of 60-bit hashes that cannot overflow. */
    String bigSum(String expression) {
        return switch (this) {
            case POSTGRESQL, MYSQL, ORACLE, SNOWFLAKE -> "SUM(" + expression + ")";
            case SQL_SERVER -> "SUM(CAST(" + expression + " AS DECIMAL(38, 0)))";
            case DB2 -> "SUM(DECIMAL(" + expression + ", 31, 0))";
            case BIGQUERY -> "SUM(CAST(" + expression + " AS BIGNUMERIC))";
            case CLICKHOUSE -> "sum(toUInt128(" + expression + "))";
        };
    }

    /** floor(key / width), exact for negative keys too. */
    String floorDiv(String key, long width) {
        return switch (this) {
            case POSTGRESQL -> "CAST(floor(" + key + " / CAST(" + width + " AS NUMERIC)) AS BIGINT)";
            case MYSQL, ORACLE, SNOWFLAKE -> "FLOOR(" + key + " / " + width + ")";
            case SQL_SERVER -> "CAST(FLOOR(" + key + " / CAST(" + width + " AS DECIMAL(38, 0))) AS BIGINT)";
            case DB2 -> "BIGINT(FLOOR(DECIMAL(" + key + ", 31, 0) / " + width + "))";
            case BIGQUERY -> "(DIV(" + key + ", " + width + ") - IF(MOD(" + key + ", " + width + ") < 0, 1, 0))";
            case CLICKHOUSE -> "(intDiv(" + key + ", " + width + ") - if(" + key + " % " + width + " < 0, 1, 0))";
        };
    }

    String modulo(String value, long divisor) {
        return switch (this) {
            case SQL_SERVER, CLICKHOUSE -> "(" + value + " % " + divisor + ")";
            default -> "MOD(" + value + ", " + divisor + ")";
        };
    }

    /**
     * The staging table's key column. MySQL/MariaDB run NOT EXISTS as a subquery per outer row, so the column is the
     * primary key, in the character set and binary collation of {@link #comparableKey} (a column in the server's
     * latin1 against utf8mb4 text cannot use its index): 768 characters of utf8mb4 are InnoDB's 3,072-byte key limit.
     */
    String stagedKeyColumn() {
        return "key_text " + keyTextType() + " NOT NULL" + (this == MYSQL ? " PRIMARY KEY" : "");
    }

    /** The key text as it is compared with the staged keys: in MySQL/MariaDB pinned to the staged column's collation. */
    String comparableKey(String keyText) {
        return this == MYSQL ? "CONVERT(" + keyText + " USING utf8mb4) COLLATE utf8mb4_bin" : keyText;
    }

    /** A column type for the staged key text. */
    private String keyTextType() {
        return switch (this) {
            case POSTGRESQL -> "TEXT";
            case MYSQL -> "VARCHAR(768) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
            case SQL_SERVER -> "NVARCHAR(900)";
            case ORACLE -> "VARCHAR2(4000)";
            case DB2 -> "VARCHAR(4000)";
            case SNOWFLAKE, BIGQUERY -> "STRING";
            case CLICKHOUSE -> "String";
        };
    }
}
