package dev.cdcarchitect.cutover;

/**
 * The reconciliation queries for one table in one dialect (decision 0019). Run the same queries on the source and
 * the target (each with its own dialect and table name) and compare the answers:
 *
 * @param rowCount       {@code row_count}
 * @param bucketHashes   one row per key range: {@code bucket, row_count, hash_sum, min_key, max_key}; equal buckets
 *                       hold the same rows whatever their order. A numeric first key column gives ranges of
 *                       {@code bucketWidth} keys; any other key is bucketed by the hash of its text (1,024 buckets)
 * @param keyList        {@code key_text} of every row, ordered, for the key-set export when the two sides are in
 *                       different systems
 * @param stageKeys      creates the staging table the other side's key list is loaded into
 * @param extraRows      the anti-join: rows of this table whose key is not in the staged key set (run on the target
 *                       with the source's keys: rows deleted at the source but still in the target)
 * @param missingRows    the reverse: staged keys this table does not have (run on the target: rows the target lost)
 */
public record ReconciliationQueries(SqlDialect dialect, String table, String rowCount, String bucketHashes, String keyList,
                                    String stageKeys, String extraRows, String missingRows) {

    /** The staging table the other side's key set is loaded into. */
    public static final String STAGED_KEYS = "recon_other_keys";
    /** Buckets for keys that are not whole numbers. */
    static final int HASH_BUCKETS = 1024;

    public static ReconciliationQueries of(SqlDialect dialect, String table, TableShape shape, long bucketWidth) {
        String keyText = dialect.row(shape.key());
        String rowText = dialect.row(shape.all());
        Column first = shape.key().get(0);
        String bucket = first.type() == ColumnType.INTEGER
                ? dialect.floorDiv(first.name(), bucketWidth)
                : dialect.modulo(dialect.hash60(keyText), HASH_BUCKETS);
        String rowCount = "SELECT COUNT(*) AS row_count FROM " + table;
        String buckets = "SELECT bucket, COUNT(*) AS row_count, " + dialect.bigSum("row_hash") + " AS hash_sum, MIN(key_text) AS min_key, "
                + "MAX(key_text) AS max_key\nFROM (SELECT " + bucket + " AS bucket, " + keyText + " AS key_text,\n             "
                + dialect.hash60(rowText) + " AS row_hash\n      FROM " + table + ") rows_hashed\nGROUP BY bucket\nORDER BY bucket";
        String keys = "SELECT " + keyText + " AS key_text FROM " + table + "\nORDER BY " + String.join(", ", shape.key().stream().map(Column::name).toList());
        String stage = "CREATE TABLE " + STAGED_KEYS + " (" + dialect.stagedKeyColumn() + ")"
                + (dialect == SqlDialect.CLICKHOUSE ? " ENGINE = Memory" : "");
        String comparable = dialect.comparableKey(keyText);
        String extra = "SELECT " + keyText + " AS key_text FROM " + table + " t\nWHERE NOT EXISTS (SELECT 1 FROM " + STAGED_KEYS
                + " o WHERE o.key_text = " + comparable + ")\nORDER BY key_text";
        // The key text of a table row is an expression no index has: MySQL/MariaDB would compute it for every row once
        // per staged key under NOT EXISTS; NOT IN over it is built once (materialized) and looked up. The key text is
        // never NULL (NULL is written \N), so NOT IN means the same as NOT EXISTS.
        String missing = "SELECT o.key_text FROM " + STAGED_KEYS + " o\nWHERE " + (dialect == SqlDialect.MYSQL
                ? "o.key_text NOT IN (SELECT " + comparable + " FROM " + table + " t)"
                : "NOT EXISTS (SELECT 1 FROM " + table + " t WHERE " + keyText + " = o.key_text)") + "\nORDER BY o.key_text";
        return new ReconciliationQueries(dialect, table, rowCount, buckets, keys, stage, extra, missing);
    }
}
