package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL settings and SQL for the tables the user named: publication, replica identity, partitions, TOAST. */
final class PostgresTables {

    private PostgresTables() {}

    /** Declarative partitioning parents; publish_via_partition_root exists from PostgreSQL 13. */
    static List<String> partitioned(RuleContext ctx) {
        return CaptureScope.of(ctx).tables(ObjectRole.PARTITIONED);
    }

    /**
     * The publication statement of the privileges snippet: the named tables (and partitioned parents) in a new or an
     * existing publication; without names, the example that asks the DBA to list every captured table.
     */
    static String publicationSql(RuleContext ctx) {
        String pub = PostgresKnowledge.publication(ctx);
        List<String> tables = new ArrayList<>(CaptureScope.of(ctx).tables(ObjectRole.CAPTURED));
        boolean named = !tables.isEmpty();
        boolean viaRoot = !partitioned(ctx).isEmpty() && ctx.source().majorVersion() >= 13;
        for (String parent : partitioned(ctx)) {
            // Before PostgreSQL 13 a partitioned table cannot be in a publication: its partitions go there instead.
            if (!viaRoot) tables.remove(parent);
            else if (!tables.contains(parent)) tables.add(parent);
        }
        if (!partitioned(ctx).isEmpty() && !viaRoot) tables.add("<partitions of " + String.join(", ", partitioned(ctx)) + ">");
        String list = tables.isEmpty() ? "public.orders, public.order_lines" : String.join(", ", tables);
        String comment = named ? "" : " -- list every captured table";
        if (ctx.input().facts().existingPublication() != null) {
            return "ALTER PUBLICATION " + pub + " ADD TABLE " + list + ";" + comment
                    + (viaRoot ? "\nALTER PUBLICATION " + pub + " SET (publish_via_partition_root = true);" : "");
        }
        return "CREATE PUBLICATION " + pub + " FOR TABLE " + list + (viaRoot ? " WITH (publish_via_partition_root = true)" : "") + ";"
                + comment;
    }

    /** The schemas the replication user must read: the named ones, or public. */
    static List<String> schemas(RuleContext ctx) {
        return CaptureScope.of(ctx).namespaces();
    }

    /** REPLICA IDENTITY and message keys for each table the user said has no primary key. */
    static void keylessTables(RuleContext ctx, DecisionBuilder d, List<String> keyless) {
        StringBuilder sql = new StringBuilder();
        for (String table : keyless) {
            String simple = table.substring(table.indexOf('.') + 1);
            sql.append("ALTER TABLE ").append(table).append(" REPLICA IDENTITY USING INDEX <unique index of ").append(simple)
                    .append(">; -- if a unique index on NOT NULL columns exists\n")
                    .append("ALTER TABLE ").append(table).append(" REPLICA IDENTITY FULL; -- otherwise\n");
        }
        d.statement("Keep REPLICA IDENTITY DEFAULT on tables with a primary key. The tables without one ("
                        + String.join(", ", keyless) + ") each get a replica identity (a unique index on NOT NULL columns, else FULL) "
                        + "and a message key from message.key.columns naming those same columns.")
                .set(SOURCE_CONNECTOR, ctx.connector(), "message.key.columns", CaptureScope.of(ctx).keyColumns(keyless))
                .snippet("sql", "per table without a primary key (one of the two lines each)", sql.toString().stripTrailing())
                .warn("Replace each <... key columns> placeholder with columns that are unique and never updated, or per-row "
                        + "ordering is lost. Debezium's reference asks for REPLICA IDENTITY FULL when message.key.columns names columns "
                        + "outside a primary key, because with DEFAULT a delete carries no old values and its tombstone cannot be keyed; "
                        + "USING INDEX logs exactly the index columns, so it suffices when the key columns are that index's columns.");
    }

    static Decision partitionedTables(RuleContext ctx) {
        List<String> parents = partitioned(ctx);
        String pub = PostgresKnowledge.publication(ctx);
        boolean root = ctx.source().majorVersion() >= 13;
        boolean placeholderIncludes = CaptureScope.of(ctx).tables(ObjectRole.CAPTURED).isEmpty();
        DecisionBuilder d = ctx.decision("pg.partitioned-tables", "Partitioned tables: publish through the parent")
                .ref(Refs.PG_CREATE_PUBLICATION, Refs.DBZ_POSTGRES);
        if (!root) {
            return d.statement("PostgreSQL " + ctx.source().version() + " cannot put a partitioned table (" + String.join(", ", parents)
                            + ") into a publication: publish its partitions and name them, not the parent, in table.include.list; "
                            + "their changes arrive on one topic per partition, which the topic routing SMT merges into one topic per "
                            + "parent. PostgreSQL 13 adds publish_via_partition_root.")
                    .because("Before PostgreSQL 13 logical replication publishes only leaf partitions, under their own names, so an "
                            + "include list that names only the parent would snapshot it but filter out every streamed change.")
                    .warnIf(!placeholderIncludes, "The include list names the parent as it was written: replace it with the "
                            + "partitions (e.g. a regular expression matching their names) before the first start.")
                    .ref(Refs.DBZ_TOPIC_ROUTING)
                    .build();
        }
        d.statement("Publish " + String.join(", ", parents) + " through the parent (publish_via_partition_root = true) and name the "
                        + "parent, not its partitions, in the table include list, so every partition's changes arrive on the parent's "
                        + "topic with the parent's schema.")
                .because("By default a publication reports each change under the partition it landed in, so each partition would get "
                        + "its own topic and a new partition a new topic. A snapshot reads the parent with SELECT, which already "
                        + "returns every partition's rows: listing partitions as well would snapshot them twice.")
                .snippet("sql", "publication parameter (the DBA-owned publication)",
                        "ALTER PUBLICATION " + pub + " SET (publish_via_partition_root = true);");
        return d.warnIf(placeholderIncludes, "No tables were named for capture: the placeholder include list public\\..* matches "
                        + "the partitions of " + String.join(", ", parents) + " too. List the captured tables, parents included and "
                        + "partitions left out, before the first snapshot.")
                .build();
    }

    /** Named large columns: re-select only those; named large tables: listed so their sinks are checked. */
    static void largeValues(RuleContext ctx, DecisionBuilder d) {
        CaptureScope scope = CaptureScope.of(ctx);
        List<String> columns = scope.columns(ObjectRole.LARGE_VALUES);
        List<String> tables = scope.tables(ObjectRole.LARGE_VALUES);
        List<String> named = new ArrayList<>(tables);
        named.addAll(columns);
        if (named.isEmpty()) return;
        d.warn("Named large values: " + String.join(", ", named) + ". Unchanged TOASTed values of these arrive as "
                + "__debezium_unavailable_value on every UPDATE that does not touch them; every whole-row sink of these tables needs "
                + "the re-select (or must skip the placeholder).");
        List<String> reselect = new ArrayList<>();
        for (String column : columns) {
            if (column.startsWith("*.")) continue; // a column without a table cannot be re-selected by name
            int dot = column.lastIndexOf('.');
            reselect.add(column.substring(0, dot) + ":" + column.substring(dot + 1));
        }
        if (!reselect.isEmpty() && tables.isEmpty()) {
            // Re-selecting only the named columns keeps the extra queries on the source to the rows that need them.
            d.set(SOURCE_CONNECTOR, ctx.connector(), "reselector.reselect.columns.include.list", String.join(",", reselect));
        }
    }
}
