package dev.cdcarchitect.impact;

import static dev.cdcarchitect.impact.ChangeKind.ADD_NOT_NULL_COLUMN_WITH_DEFAULT;
import static dev.cdcarchitect.impact.ChangeKind.ADD_NULLABLE_COLUMN;
import static dev.cdcarchitect.impact.ChangeKind.ADD_TABLE;
import static dev.cdcarchitect.impact.ChangeKind.CHANGE_PRECISION;
import static dev.cdcarchitect.impact.ChangeKind.CHANGE_PRIMARY_KEY;
import static dev.cdcarchitect.impact.ChangeKind.DROP_COLUMN;
import static dev.cdcarchitect.impact.ChangeKind.DROP_TABLE;
import static dev.cdcarchitect.impact.ChangeKind.NARROW_TYPE;
import static dev.cdcarchitect.impact.ChangeKind.RENAME_COLUMN;
import static dev.cdcarchitect.impact.ChangeKind.WIDEN_TYPE;
import static dev.cdcarchitect.impact.Finding.Severity.ABSORBED;
import static dev.cdcarchitect.impact.Finding.Severity.BREAKS;
import static dev.cdcarchitect.impact.Finding.Severity.NEEDS_A_STEP;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.impact.Finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each sink of the design does with a change: the setting that governs it, its value in this design, and the
 * outcome its documentation gives. Where a sink's documentation says nothing about a change, the finding says so.
 */
final class SinkImpact {

    private final ImpactContext ctx;
    private final List<Finding> findings = new ArrayList<>();
    private String component;

    private SinkImpact(ImpactContext ctx) { this.ctx = ctx; }

    static List<Finding> of(ImpactContext ctx) {
        SinkImpact s = new SinkImpact(ctx);
        for (Target target : ctx.design().input().targets()) s.sink(target);
        return List.copyOf(s.findings);
    }

    private void sink(Target target) {
        if (!ctx.kind().altersColumns() && ctx.kind() != CHANGE_PRIMARY_KEY && ctx.kind() != ADD_TABLE && ctx.kind() != DROP_TABLE) return;
        switch (target.kind()) {
            case RELATIONAL_REPLICA -> jdbc(target);
            case SNOWFLAKE -> snowflake();
            case BIGQUERY -> bigQuery();
            case ELASTICSEARCH -> search("io.confluent.connect.elasticsearch.ElasticsearchSinkConnector", Docs.ES_CONNECTOR, Docs.ES_MALFORMED);
            case OPENSEARCH -> search("io.aiven.kafka.connect.opensearch.OpensearchSinkConnector", Docs.OS_CONNECTOR, Docs.OS_MALFORMED);
            case ICEBERG -> iceberg();
            case DELTA_LAKE, DATABRICKS -> delta(target);
            case CLICKHOUSE -> clickHouse();
            case S3 -> s3();
            case REDIS -> redis();
        }
    }

    private void add(Severity severity, String statement, String fix, Reference... refs) {
        findings.add(new Finding(Finding.Stage.SINK, component, severity, statement, fix, List.of(refs)));
    }

    /** A finding whose fix follows the source change (cleaning up after it, restarting a reader). */
    private void addAfter(Severity severity, String statement, String fix, Reference... refs) {
        findings.add(new Finding(Finding.Stage.SINK, component, severity, statement, fix, List.of(refs), false));
    }

    /** A manual change downstream: a drop follows the source (the sink would recreate it), anything else precedes it. */
    private void manual(String statement, String fix, Reference... refs) {
        if (ctx.kind() == DROP_COLUMN || ctx.kind() == DROP_TABLE) addAfter(NEEDS_A_STEP, statement, "After the source change: " + fix, refs);
        else add(NEEDS_A_STEP, statement, "Before the source change: " + fix, refs);
    }

    private Optional<String> setting(String key) {
        return ctx.settings().value(ConfigScope.SINK_CONNECTOR, component.substring("sink ".length()), key);
    }

    private void named(String connectorClass, String fallback) {
        component = "sink " + ctx.settings().sinkWithClass(connectorClass).orElse(fallback);
    }

    private void jdbc(Target target) {
        named("io.debezium.connector.jdbc.JdbcSinkConnector", "jdbc");
        String evolution = setting("schema.evolution").orElse("none");
        String table = dev.cdcarchitect.rules.sink.ReplicaTables.of(ctx.topic(), target.flavour());
        ChangeKind k = ctx.kind();
        if (k == ADD_NULLABLE_COLUMN || k == ADD_NOT_NULL_COLUMN_WITH_DEFAULT || k == ADD_TABLE || k == RENAME_COLUMN) {
            if (!evolution.equals("basic")) {
                add(BREAKS, "schema.evolution=" + evolution + ": the sink adds no columns or tables, so writes with the new field fail.",
                        "Set schema.evolution=basic, or create the column in the replica before the source change.", Docs.JDBC_SINK_EVOLUTION);
                return;
            }
            String what = k == ADD_TABLE ? "creates the table" : k == RENAME_COLUMN ? "adds " + ctx.change().newName() + " as a new column; "
                    + ctx.change().column() + " stays in the replica and is no longer written" : "runs ALTER TABLE … ADD for "
                    + ctx.change().column() + " before the first event that carries it (the field is optional or has a default, as the "
                    + "sink requires)";
            String fix = "In the replica table " + table + ": UPDATE " + table + " SET " + ctx.change().newName() + " = "
                    + ctx.change().column() + " WHERE " + ctx.change().newName() + " IS NULL; then drop " + ctx.change().column() + ".";
            if (k == RENAME_COLUMN) addAfter(NEEDS_A_STEP, "schema.evolution=basic: the sink " + what + ".", fix, Docs.JDBC_SINK_EVOLUTION);
            else add(ABSORBED, "schema.evolution=basic: the sink " + what + ".", "", Docs.JDBC_SINK_EVOLUTION);
        } else if (k == DROP_COLUMN) {
            addAfter(NEEDS_A_STEP, "The sink never drops columns: " + ctx.change().column() + " stays in the replica table " + table
                    + "; if it is NOT NULL there without a default, inserts without it fail.", "Right after the source change (before, the "
                    + "sink would add it again): ALTER TABLE " + table + " DROP COLUMN " + ctx.change().column() + ";", Docs.JDBC_SINK_EVOLUTION);
        } else if (k == WIDEN_TYPE || k == CHANGE_PRECISION) {
            add(BREAKS, "The sink never changes a column's type: the replica keeps " + ctx.change().from() + ", and values that need "
                    + ctx.change().to() + " fail to insert.", "Widen the replica's column first: ALTER TABLE " + table + " ALTER COLUMN "
                    + ctx.change().column() + " … " + ctx.change().to() + " (the replica's dialect), then change the source.", Docs.JDBC_SINK_EVOLUTION);
        } else if (k == NARROW_TYPE) {
            add(ABSORBED, "The replica keeps the wider " + ctx.change().from() + "; every narrower value still fits.", "", Docs.JDBC_SINK_EVOLUTION);
        } else if (k == CHANGE_PRIMARY_KEY) {
            add(BREAKS, "The sink never adjusts primary keys (primary.key.mode=" + setting("primary.key.mode").orElse("none")
                    + "): upserts keyed on the new columns hit a table keyed on the old ones.", "Recreate the replica table with the new "
                    + "key and reload it from a snapshot of the new topic version.", Docs.JDBC_SINK_EVOLUTION);
        } else if (k == DROP_TABLE) {
            addAfter(NEEDS_A_STEP, "Nothing is dropped in the replica: " + table + " keeps its last rows.", "Drop or archive "
                    + table + " once its readers are done.", Docs.JDBC_SINK_EVOLUTION);
        }
    }

    private void snowflake() {
        named("com.snowflake.kafka.connector.SnowflakeSinkConnector", "snowflake");
        boolean schematized = setting("snowflake.enable.schematization").map(Boolean::parseBoolean).orElse(false);
        ChangeKind k = ctx.kind();
        String setting = "snowflake.enable.schematization=" + schematized;
        if (!schematized) {
            add(ABSORBED, setting + ": rows land as RECORD_CONTENT/RECORD_METADATA variants, so no table column changes.", "",
                    Docs.SNOWFLAKE_SCHEMATIZATION);
            return;
        }
        if (k == ADD_NULLABLE_COLUMN || k == ADD_NOT_NULL_COLUMN_WITH_DEFAULT || k == ADD_TABLE || k == RENAME_COLUMN) {
            String statement = setting + ": schema evolution adds new columns (on tables with ENABLE_SCHEMA_EVOLUTION = TRUE)"
                    + (k == RENAME_COLUMN ? "; a rename arrives as a new column and the old one stops being filled" : "") + ".";
            if (k == RENAME_COLUMN) addAfter(NEEDS_A_STEP, statement, "In Snowflake, copy " + ctx.change().column() + " into "
                    + ctx.change().newName() + " for earlier rows; drop " + ctx.change().column() + " once readers have moved.",
                    Docs.SNOWFLAKE_SCHEMATIZATION, Docs.SNOWFLAKE_EVOLUTION);
            else add(ABSORBED, statement, "", Docs.SNOWFLAKE_SCHEMATIZATION, Docs.SNOWFLAKE_EVOLUTION);
        } else if (k == DROP_COLUMN) {
            add(ABSORBED, setting + ": a column missing from new rows keeps its place; schema evolution drops its NOT NULL constraint.",
                    "", Docs.SNOWFLAKE_EVOLUTION);
        } else if (k == DROP_TABLE) {
            manual("The Snowflake table keeps its last rows.", "drop or archive it once its readers are done.", Docs.SNOWFLAKE_EVOLUTION);
        } else {
            manual("Snowflake's schema evolution only adds columns and drops NOT NULL; its documentation describes no type, "
                    + "precision or key change.", "change the table in Snowflake by hand (ALTER TABLE … ALTER COLUMN … SET DATA TYPE where "
                    + "Snowflake allows it).", Docs.SNOWFLAKE_EVOLUTION);
        }
    }

    private void bigQuery() {
        named("com.wepay.kafka.connect.bigquery.BigQuerySinkConnector", "bigquery");
        boolean newFields = setting("allowNewBigQueryFields").map(Boolean::parseBoolean).orElse(false);
        boolean relax = setting("allowBigQueryRequiredFieldRelaxation").map(Boolean::parseBoolean).orElse(false);
        boolean union = setting("allowSchemaUnionization").map(Boolean::parseBoolean).orElse(false);
        ChangeKind k = ctx.kind();
        if (k == ADD_NULLABLE_COLUMN || k == RENAME_COLUMN || k == ADD_NOT_NULL_COLUMN_WITH_DEFAULT) {
            boolean required = k == ADD_NOT_NULL_COLUMN_WITH_DEFAULT;
            if (!newFields) {
                add(BREAKS, "allowNewBigQueryFields=false (default): new fields are not added to the table.", "Set allowNewBigQueryFields=true.",
                        Docs.BIGQUERY_CONFIG);
            } else if (required && !relax) {
                add(BREAKS, "allowNewBigQueryFields=true adds the field, but " + ctx.change().column() + " is REQUIRED (NOT NULL) and "
                        + "allowBigQueryRequiredFieldRelaxation=false: the schema update for a new REQUIRED field fails.",
                        "Set allowBigQueryRequiredFieldRelaxation=true (the field is added as NULLABLE).", Docs.BIGQUERY_CONFIG, Docs.BIGQUERY_SCHEMA_MANAGER);
            } else {
                String statement = "allowNewBigQueryFields=true: the field is added to the table"
                        + (k == RENAME_COLUMN ? "; the old column stays and is no longer filled" : "") + ".";
                if (k == RENAME_COLUMN) addAfter(NEEDS_A_STEP, statement, "In BigQuery, copy " + ctx.change().column() + " into "
                        + ctx.change().newName() + " for earlier rows; drop " + ctx.change().column() + " once readers have moved.", Docs.BIGQUERY_CONFIG);
                else add(ABSORBED, statement, "", Docs.BIGQUERY_CONFIG);
            }
        } else if (k == DROP_COLUMN) {
            add(union ? ABSORBED : NEEDS_A_STEP, "allowSchemaUnionization=" + union + (union ? ": the dropped field stays in the table as NULLABLE."
                    : ": the table keeps the column; if it is REQUIRED, records without it cannot be written."), union ? ""
                    : "Make the column NULLABLE in BigQuery before the source change (or set allowSchemaUnionization=true).",
                    Docs.BIGQUERY_CONFIG, Docs.BIGQUERY_SCHEMA_MANAGER);
        } else if (k == ADD_TABLE) {
            add(ABSORBED, "autoCreateTables (default true in the 2.x connector) creates the table from the first record's schema.", "",
                    Docs.BIGQUERY_CONFIG);
        } else if (k == DROP_TABLE) {
            manual("The BigQuery table keeps its last rows.", "drop or archive it once its readers are done.", Docs.BIGQUERY_CONFIG);
        } else {
            manual("The connector's schema updates add fields and relax REQUIRED to NULLABLE; a type, precision or key change "
                    + "is not among them.", "change the BigQuery table by hand (or create a new one).", Docs.BIGQUERY_SCHEMA_MANAGER);
        }
    }

    private void search(String connectorClass, Reference connectorDoc, Reference malformedDoc) {
        named(connectorClass, "search");
        boolean ignore = setting("schema.ignore").map(Boolean::parseBoolean).orElse(false);
        String onMalformed = setting("behavior.on.malformed.documents").orElse("fail");
        ChangeKind k = ctx.kind();
        String mapping = "schema.ignore=" + ignore + (ignore ? ": the index infers its mapping from the data" : ": the connector maps fields from the record schema");
        if (k == ADD_NULLABLE_COLUMN || k == ADD_NOT_NULL_COLUMN_WITH_DEFAULT || k == ADD_TABLE) {
            add(ABSORBED, mapping + "; a new field is mapped when it first appears.", "", connectorDoc, Docs.ES_DYNAMIC);
        } else if (k == DROP_COLUMN || k == RENAME_COLUMN) {
            add(NEEDS_A_STEP, mapping + "; earlier documents keep " + ctx.change().column() + (k == RENAME_COLUMN ? " while new ones carry "
                    + ctx.change().newName() : "") + ", so queries on it see a mix.", k == RENAME_COLUMN ? "Add a field alias or reindex, "
                    + "and move queries to " + ctx.change().newName() + "." : "Move queries off " + ctx.change().column() + ".",
                    connectorDoc, Docs.ES_MAPPING);
        } else if (k == WIDEN_TYPE || k == NARROW_TYPE || k == CHANGE_PRECISION) {
            boolean sameFamily = numeric(ctx.change().from()) && numeric(ctx.change().to()) && integral(ctx.change().from()) == integral(ctx.change().to())
                    || ctx.change().from().family() == ctx.change().to().family();
            if (sameFamily && ignore) {
                add(ABSORBED, mapping + "; " + ctx.change().column() + " was mapped when first seen (JSON integers as long, decimals as "
                        + "float, text as text) and " + ctx.change().to() + " values still fit that mapping.", "", Docs.ES_DYNAMIC);
            } else {
                add(BREAKS, "A field's mapping type cannot change, and a value of the wrong type rejects the whole document; with "
                        + "behavior.on.malformed.documents=" + onMalformed + " the task " + (onMalformed.equals("fail") ? "fails." : "skips it."),
                        "Reindex into a new index with the new mapping (an alias switches readers), before the source change.",
                        Docs.ES_MAPPING, malformedDoc);
            }
        } else if (k == CHANGE_PRIMARY_KEY) {
            add(BREAKS, "Document ids come from the record key: after the change every row is written under a new id, and the "
                    + "documents under the old ids are never updated or deleted again.", "Reindex into a new index keyed on the new "
                    + "key and switch the alias.", connectorDoc);
        } else if (k == DROP_TABLE) {
            manual("The index keeps its documents.", "delete the index once its readers are done.", connectorDoc);
        }
    }

    private void iceberg() {
        named("org.apache.iceberg.connect.IcebergSinkConnector", "iceberg");
        boolean evolve = setting("iceberg.tables.evolve-schema-enabled").map(Boolean::parseBoolean).orElse(false);
        ChangeKind k = ctx.kind();
        String setting = "iceberg.tables.evolve-schema-enabled=" + evolve;
        if (k == ADD_NULLABLE_COLUMN || k == ADD_NOT_NULL_COLUMN_WITH_DEFAULT || k == RENAME_COLUMN) {
            String statement = setting + (evolve ? ": missing record fields are added to the table" + (k == RENAME_COLUMN
                    ? "; the old column stays and is no longer filled" : "") : ": new fields are not added and are not written") + ".";
            if (!evolve) add(BREAKS, statement, "Set iceberg.tables.evolve-schema-enabled=true.", Docs.ICEBERG_SINK);
            else if (k == RENAME_COLUMN) addAfter(NEEDS_A_STEP, statement, "In the table, copy " + ctx.change().column() + " into "
                    + ctx.change().newName() + " for earlier rows; drop " + ctx.change().column() + " once readers have moved.", Docs.ICEBERG_SINK);
            else add(ABSORBED, statement, "", Docs.ICEBERG_SINK);
        } else if (k == WIDEN_TYPE) {
            boolean promoted = ctx.change().from().family() == ColumnType.Family.INT && ctx.change().to().family() == ColumnType.Family.BIGINT
                    || ctx.change().from().family() == ColumnType.Family.REAL && ctx.change().to().family() == ColumnType.Family.DOUBLE
                    || ctx.change().from().family() == ctx.change().to().family();
            add(evolve && promoted ? ABSORBED : NEEDS_A_STEP, "The sink widens int to long and float to double itself" + (promoted
                    ? "." : "; " + ctx.change().from() + " to " + ctx.change().to() + " is not among them."), evolve && promoted ? ""
                    : "Change the column's type in the catalog before the source change.", Docs.ICEBERG_SCHEMA_UTILS);
        } else if (k == CHANGE_PRECISION) {
            add(NEEDS_A_STEP, "The sink does not widen a decimal's precision (Iceberg tables allow it).", "ALTER TABLE … ALTER COLUMN "
                    + ctx.change().column() + " TYPE decimal(" + ctx.change().to().length() + ", " + ctx.change().to().scale() + ") in the "
                    + "catalog first (Iceberg keeps a decimal's scale fixed: a scale change needs a new column).", Docs.ICEBERG_SCHEMA_UTILS);
        } else if (k == ADD_TABLE) {
            boolean create = setting("iceberg.tables.auto-create-enabled").map(Boolean::parseBoolean).orElse(false);
            add(create ? ABSORBED : BREAKS, "iceberg.tables.auto-create-enabled=" + create + (create ? ": the table is created from the "
                    + "first record." : ": the table must exist before its first record."), create ? "" : "Create the table in the catalog.",
                    Docs.ICEBERG_SINK);
        } else {
            manual("The sink's documentation describes adding columns and widening int/float only; " + ctx.kind().label()
                    + " is a manual change in the catalog.", "apply it in the catalog.", Docs.ICEBERG_SINK);
        }
    }

    private void delta(Target target) {
        component = "consumer " + ctx.settings().components(ConfigScope.CONSUMER).stream().filter(c -> c.contains("delta")
                || c.contains("databricks")).findFirst().orElse(target.kind().slug());
        ChangeKind k = ctx.kind();
        if (k == ADD_NULLABLE_COLUMN || k == ADD_NOT_NULL_COLUMN_WITH_DEFAULT || k == ADD_TABLE) {
            addAfter(NEEDS_A_STEP, "Delta tables accept new columns, but streams that read a table terminate when its schema is updated.",
                    "Restart the pipeline's streams after the first event with the new column lands.", Docs.DELTA_UPDATE_SCHEMA);
        } else if (k == RENAME_COLUMN || k == DROP_COLUMN) {
            addAfter(NEEDS_A_STEP, "Renaming or dropping a Delta column needs column mapping, which can break streaming reads.",
                    "Keep the old column (stop filling it) or enable column mapping: ALTER TABLE … SET TBLPROPERTIES "
                    + "('delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5', 'delta.columnMapping.mode' = 'name').",
                    Docs.DELTA_COLUMN_MAPPING);
        } else {
            add(NEEDS_A_STEP, "A type, precision or key change is not applied to the Delta table by the pipeline.", "Change the table "
                    + "(type widening or a rewrite) and restart the pipeline's streams.", Docs.DELTA_UPDATE_SCHEMA);
        }
    }

    private void clickHouse() {
        named("com.clickhouse.kafka.connect.ClickHouseSinkConnector", "clickhouse");
        boolean evolve = setting("auto.evolve").map(Boolean::parseBoolean).orElse(false);
        ChangeKind k = ctx.kind();
        String table = setting("database").orElse("cdc") + "." + ctx.tableName();
        if (k == ADD_NULLABLE_COLUMN || k == ADD_NOT_NULL_COLUMN_WITH_DEFAULT || k == RENAME_COLUMN) {
            String column = k == RENAME_COLUMN ? ctx.change().newName() : ctx.change().column();
            add(evolve ? ABSORBED : BREAKS, "auto.evolve=" + evolve + (evolve ? ": the connector issues ALTER TABLE … ADD COLUMN IF NOT EXISTS "
                    + "for new fields." : " (default false): fields the table does not have are not added."), evolve ? ""
                    : "Before the source change: ALTER TABLE " + table + " ADD COLUMN " + column + " Nullable(…); or set auto.evolve=true.",
                    Docs.CLICKHOUSE_CONFIG);
        } else if (k == ADD_TABLE) {
            add(NEEDS_A_STEP, "The connector writes into existing tables.", "CREATE TABLE " + table + " (…) with the engine and ORDER BY "
                    + "of the design's other tables, before the first event.", Docs.CLICKHOUSE_CONFIG);
        } else {
            manual("The connector's documentation describes only adding columns (auto.evolve); " + ctx.kind().label()
                    + " is a manual ALTER TABLE on " + table + ".", "apply it in ClickHouse" + (ctx.kind() == CHANGE_PRIMARY_KEY
                    ? " (a new ORDER BY needs a new table)." : "."), Docs.CLICKHOUSE_CONFIG);
        }
    }

    private void s3() {
        named("io.confluent.connect.s3.S3SinkConnector", "s3");
        String compatibility = setting("schema.compatibility").orElse("NONE");
        add(ABSORBED, "schema.compatibility=" + compatibility + ": on a schema change the connector rolls to a new file or projects "
                + "records to the file's schema as this level allows; files written before the change keep the old schema, so "
                + "readers of the bucket must handle both.", "", Docs.S3_SINK);
    }

    private void redis() {
        component = "consumer " + ctx.settings().components(ConfigScope.CONSUMER).stream().filter(c -> c.contains("redis"))
                .findFirst().orElse("redis");
        if (ctx.kind() == CHANGE_PRIMARY_KEY) {
            add(BREAKS, "The cache is invalidated by the record key: after the change, keys have another shape, and cached entries "
                    + "under the old keys are never invalidated again.", "Flush the cache's keyspace for " + ctx.qualifiedTable()
                    + " when the new key goes live.", decisionRefs("sink.redis"));
        } else {
            add(ABSORBED, "The invalidator reads only the record key, which this change leaves as it is.", "", decisionRefs("sink.redis"));
        }
    }

    /** The documentation the design's own decision rests on, for statements about what that decision built. */
    private Reference[] decisionRefs(String decisionId) {
        return ctx.design().spec().decisions().stream().filter(d -> d.id().equals(decisionId)).findFirst()
                .map(d -> d.references().toArray(Reference[]::new)).orElse(new Reference[] {Docs.KAFKA_KEY_PARTITIONING});
    }

    private static boolean numeric(ColumnType t) {
        return switch (t.family()) {
            case SMALLINT, INT, BIGINT, DECIMAL, REAL, DOUBLE -> true;
            default -> false;
        };
    }

    private static boolean integral(ColumnType t) {
        return t.family() == ColumnType.Family.SMALLINT || t.family() == ColumnType.Family.INT || t.family() == ColumnType.Family.BIGINT;
    }
}
