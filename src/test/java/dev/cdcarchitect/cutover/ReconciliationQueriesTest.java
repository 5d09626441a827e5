package dev.cdcarchitect.cutover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dialects not executed in the rehearsal tests: each uses its own documented hash and concatenation. */
class ReconciliationQueriesTest {

    private static final TableShape SHAPE = CutoverPlanner.EXAMPLE_SHAPE;

    @Test
    void eachDialectHashesWithItsOwnMd5() {
        Map<SqlDialect, String> hash = Map.of(SqlDialect.POSTGRESQL, "md5(", SqlDialect.MYSQL, "MD5(CONVERT(", SqlDialect.SQL_SERVER, "HASHBYTES('MD5'",
                SqlDialect.ORACLE, "STANDARD_HASH(", SqlDialect.DB2, "HASH_MD5(", SqlDialect.SNOWFLAKE, "TO_NUMBER(SUBSTR(MD5(",
                SqlDialect.BIGQUERY, "TO_HEX(MD5(", SqlDialect.CLICKHOUSE, "hex(MD5(");
        hash.forEach((dialect, marker) -> {
            String sql = ReconciliationQueries.of(dialect, "t", SHAPE, 100).bucketHashes();
            assertTrue(sql.contains(marker), dialect + ": " + sql);
        });
    }

    @Test
    void theNullMarkerIsOneBackslashAndNWhereverBackslashesEscape() {
        assertTrue(SqlDialect.POSTGRESQL.field(new Column("c", ColumnType.TEXT)).contains("'\\N'"));
        assertTrue(SqlDialect.MYSQL.field(new Column("c", ColumnType.TEXT)).contains("'\\\\N'"));
        assertTrue(SqlDialect.BIGQUERY.field(new Column("c", ColumnType.TEXT)).contains("'\\\\N'"));
    }

    @Test
    void aTextKeyIsBucketedByTheHashOfItsText() {
        TableShape byCode = new TableShape(List.of(new Column("code", ColumnType.TEXT)), List.of());
        String sql = ReconciliationQueries.of(SqlDialect.POSTGRESQL, "t", byCode, 100).bucketHashes();
        assertTrue(sql.contains("MOD(('x' || substr(md5(COALESCE(CAST(code AS TEXT), '\\N')), 1, 15))::bit(60)::bigint, 1024)"), sql);
    }

    @Test
    void aTableNeedsAKey() {
        assertThrows(IllegalArgumentException.class, () -> new TableShape(List.of(), List.of(new Column("c", ColumnType.TEXT))));
    }

    @Test
    void theAntiJoinLooksForTargetKeysTheStagedSourceKeysDoNotHave() {
        ReconciliationQueries q = ReconciliationQueries.of(SqlDialect.MYSQL, "replica.t", SHAPE, 100);
        assertTrue(q.extraRows().startsWith("SELECT ") && q.extraRows().contains("FROM replica.t t\nWHERE NOT EXISTS (SELECT 1 FROM recon_other_keys"),
                q.extraRows());
        // keyed, in the collation the key text is compared in: MariaDB looks keys up instead of scanning per row
        assertEquals("CREATE TABLE recon_other_keys (key_text VARCHAR(768) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY)",
                q.stageKeys());
        assertTrue(q.extraRows().contains("o.key_text = CONVERT(COALESCE(CAST(id AS CHAR)") && q.extraRows().contains(" USING utf8mb4) COLLATE utf8mb4_bin)"), q.extraRows());
        assertTrue(q.missingRows().contains("WHERE o.key_text NOT IN (SELECT CONVERT("), q.missingRows());
    }
}
