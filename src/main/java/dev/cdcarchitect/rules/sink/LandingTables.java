package dev.cdcarchitect.rules.sink;

import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.source.CaptureScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data topics a table-writing sink reads and their primary keys, so that its topic-to-table map, its DDL and its
 * SQL name the same tables. ClickHouse and Snowflake name a table after its topic unless told otherwise, and a dotted
 * topic is no table name either accepts as is. The captured tables the user named, or the engine's example table.
 */
public final class LandingTables {

    /** One data topic, its table's bare name ("orders") and its key columns as the flattened rows spell them. */
    public record Landing(String topic, String table, List<String> key) {}

    private LandingTables() {}

    public static List<Landing> of(RuleContext ctx) {
        SourceEngine engine = ctx.engine();
        List<String> named = CaptureScope.of(ctx).tables(ObjectRole.CAPTURED);
        List<Landing> out = new ArrayList<>();
        if (named.isEmpty()) {
            String topic = ctx.naming().exampleDataTopic(engine);
            out.add(new Landing(topic, CaptureScope.tableOf(topic), exampleKey(engine)));
        }
        for (String table : named) {
            List<String> key = engine == SourceEngine.MONGODB ? List.of("_id") : List.of("<primary key columns>");
            out.add(new Landing(ctx.naming().dataTopic(engine, table), CaptureScope.tableOf(table), key));
        }
        return out;
    }

    /** MongoDB keys every document by _id; the example table is keyed by order and line, upper-case where Oracle and Db2 store it so. */
    private static List<String> exampleKey(SourceEngine engine) {
        return switch (engine) {
            case MONGODB -> List.of("_id");
            case ORACLE, DB2 -> List.of("ORDER_ID", "LINE_NO");
            default -> List.of("order_id", "line_no");
        };
    }

    /** The topic as one identifier: "app.public.orders" to "APP_PUBLIC_ORDERS" (unique where bare table names are not). */
    public static String upperIdentifier(String topic) {
        return topic.replaceAll("[^A-Za-z0-9_$]", "_").toUpperCase(Locale.ROOT);
    }
}
