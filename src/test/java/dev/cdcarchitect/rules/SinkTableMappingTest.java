package dev.cdcarchitect.rules;

import static dev.cdcarchitect.domain.ObjectRole.CAPTURED;
import static dev.cdcarchitect.rules.FactsFixture.facts;
import static dev.cdcarchitect.rules.FactsFixture.sink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.Snippet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The ClickHouse and Snowflake sinks name a topic's table after the topic unless mapped (ClickHouse Utils.getTableName;
 * Snowflake 3.5 Utils.generateValidName turns a dotted topic into name_hash). The spec's DDL and SQL name other tables,
 * so the connector must be told the mapping, and the SQL must be built from the design's own topics and keys.
 */
class SinkTableMappingTest {

    private static String code(DesignSpec spec, String id) {
        Decision d = spec.decisions().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return d.snippets().stream().map(Snippet::code).collect(Collectors.joining("\n"));
    }

    private static DesignSpec spec(String source, String target) {
        return StatedInputs.of(source, target).design().spec();
    }

    @Test
    void clickHouseMapsTheOracleTopicToTheTableItsDdlCreates() {
        DesignSpec spec = spec("Oracle 19c, 2 TB, 1k TPS", "Kafka to ClickHouse");
        assertEquals("app.APP.ORDERS=orders", sink(spec, "ClickHouseSinkConnector").get("topic2TableMap"));
        String ddl = code(spec, "sink.clickhouse");
        assertTrue(ddl.contains("CREATE TABLE cdc.orders (ORDER_ID "), ddl);
        assertTrue(ddl.contains("ORDER BY (ORDER_ID, LINE_NO)"), ddl);
    }

    @Test
    void clickHouseMapsEveryNamedTable() {
        DesignSpec spec = facts().table("orders", CAPTURED).table("invoices", CAPTURED)
                .spec("MySQL 8.0, 200 GB, 500 TPS", "Kafka to ClickHouse");
        assertEquals("app.shop.orders=orders,app.shop.invoices=invoices", sink(spec, "ClickHouseSinkConnector").get("topic2TableMap"));
        String ddl = code(spec, "sink.clickhouse");
        assertTrue(ddl.contains("CREATE TABLE cdc.orders (") && ddl.contains("CREATE TABLE cdc.invoices ("), ddl);
    }

    @Test
    void snowflakeMapsTheTopicToTheTableTheSqlReads() {
        DesignSpec spec = spec("PostgreSQL 15, 2 TB, 3k TPS", "Kafka to Snowflake");
        assertEquals("app.public.orders:APP_PUBLIC_ORDERS", sink(spec, "SnowflakeSinkConnector").get("snowflake.topic2table.map"));
        assertTrue(code(spec, "sink.snowflake").contains("FROM RAW.CDC.APP_PUBLIC_ORDERS"));
    }

    @Test
    void snowflakeSqlForMongoDbReadsItsTopicByDocumentId() {
        DesignSpec spec = spec("MongoDB 7.0 replica set, 1 TB, 5k writes/s", "Kafka to Snowflake");
        assertEquals("app.shop.orders:APP_SHOP_ORDERS", sink(spec, "SnowflakeSinkConnector").get("snowflake.topic2table.map"));
        String sql = code(spec, "sink.snowflake");
        assertTrue(sql.contains("FROM RAW.CDC.APP_SHOP_ORDERS"), sql);
        assertTrue(sql.contains("PARTITION BY _ID "), sql);
        assertFalse(sql.contains("ORDER_ID"), sql);
    }
}
