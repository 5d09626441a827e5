package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.SpecSection.ENGINE;
import static dev.cdcarchitect.domain.SpecSection.LOG_AND_SNAPSHOT;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;
import java.util.Map;

/** What to capture, from the objects the user named: include/exclude lists, and keys for tables without one. */
public final class ScopeRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("source.capture-scope", ENGINE, ctx -> !CaptureScope.of(ctx).settings().isEmpty(), ScopeRules::captureScope),
            // PostgreSQL handles keyless tables together with REPLICA IDENTITY (pg.replica-identity).
            Rule.when("source.keyless-tables", LOG_AND_SNAPSHOT,
                    ctx -> ctx.engine() != SourceEngine.POSTGRESQL && !keyless(ctx).isEmpty(), ScopeRules::keylessTables));

    private ScopeRules() {}

    private static Decision captureScope(RuleContext ctx) {
        CaptureScope scope = CaptureScope.of(ctx);
        Map<String, String> settings = scope.settings();
        List<String> captured = scope.tables(ObjectRole.CAPTURED);
        List<String> excluded = scope.tables(ObjectRole.EXCLUDED);
        List<String> databases = scope.databases();
        String unit = ctx.engine() == SourceEngine.MONGODB ? "collections" : "tables";

        StringBuilder statement = new StringBuilder();
        if (!captured.isEmpty()) {
            statement.append("Capture only the named ").append(unit).append(' ').append(String.join(", ", captured));
        } else if (!excluded.isEmpty()) {
            statement.append("Capture every ").append(unit.substring(0, unit.length() - 1)).append(" except ")
                    .append(String.join(", ", excluded));
        } else if (settings.containsKey("schema.include.list")) {
            statement.append("Capture the named schemas ").append(String.join(", ", scope.namespaces()));
        } else {
            statement.append("Capture the named database").append(databases.size() > 1 ? "s " : " ").append(String.join(", ", databases));
        }
        if (!databases.isEmpty() && (!captured.isEmpty() || !excluded.isEmpty() || settings.containsKey("schema.include.list"))) {
            statement.append(" in ").append(databases.size() > 1 ? "databases " : "database ").append(String.join(", ", databases));
        }
        statement.append(" (").append(String.join(", ", settings.keySet())).append(").");
        if (!captured.isEmpty() && !excluded.isEmpty()) {
            statement.append(" ").append(String.join(", ", excluded)).append(excluded.size() > 1 ? " stay" : " stays")
                    .append(" out because the include list does not name ").append(excluded.size() > 1 ? "them." : "it.");
        }

        DecisionBuilder d = ctx.decision("source.capture-scope", "Capture exactly the named " + (captured.isEmpty() && excluded.isEmpty()
                        ? (settings.containsKey("schema.include.list") ? "schemas" : "databases") : unit))
                .statement(statement.toString())
                .because(rationale(ctx))
                .ref(ctx.knowledge().reference());
        settings.forEach(d::source);
        if (scope.assumedNamespace() && !(captured.isEmpty() && excluded.isEmpty())) d.warn(assumption(ctx.engine(), scope));
        if (ctx.engine() == SourceEngine.SQLSERVER && databases.size() > 1) {
            // Debezium Server runs one task (EngineRules sets no tasks.max there); without Kafka there are destinations, not topics.
            d.warn("One connector streams all " + databases.size() + " databases; " + (ctx.debeziumServer()
                    ? "in Debezium Server it reads them in its one task. " : "tasks.max=" + databases.size() + " lets it read "
                    + "each database in its own task. ") + "CDC must be enabled in each database, and each gets its own "
                    + (ctx.noKafka() ? "destinations (named like topic.prefix.database.schema.table)." : "topics (topic.prefix.database.schema.table)."));
        }
        if (scope.oneDatabasePerConnector() && databases.size() > 1) {
            d.warn("A Debezium " + ctx.engine().displayName() + " connector reads one database (" + scope.databaseKey() + "): "
                    + String.join(", ", databases) + " need " + databases.size() + " connectors, i.e. one connector per database, each "
                    + "with its own name, topic.prefix" + (ctx.engine() == SourceEngine.POSTGRESQL ? ", replication slot and publication"
                    : ctx.engine() == SourceEngine.DB2 ? " and " + history(ctx) : ", " + history(ctx) + " and "
                    + (OracleKnowledge.xstream(ctx) ? "XStream outbound server" : "LogMiner session"))
                    + ". The configuration here is the one for " + databases.get(0) + "; copy it for the others.");
        }
        return d.build();
    }

    /** Without Kafka the schema history is a file (or Redis), not a topic. */
    private static String history(RuleContext ctx) {
        return ctx.noKafka() ? "schema history file" : "schema history topic";
    }

    private static String rationale(RuleContext ctx) {
        SourceEngine engine = ctx.engine();
        String topics = ctx.noKafka() ? "destinations" : "topics";
        if (OracleKnowledge.xstream(ctx)) { // XStream: no LogMiner query, so no IN-clause filter; the lists still name tables literally
            return "The connector matches the schema and table lists against the changes the XStream outbound server sends; "
                    + "they name the tables literally, in upper case as Oracle stores unquoted identifiers. Capturing only the "
                    + "named tables keeps the connector's work and the " + topics + " to what the sinks need.";
        }
        if (engine == SourceEngine.ORACLE) {
            return "With log.mining.query.filter.mode=in the connector puts the schema and table lists into the IN clause of its "
                    + "LogMiner query, so they must be literal names (no regular expressions), in upper case as Oracle stores unquoted "
                    + "identifiers. Mining only the captured tables keeps LogMiner's work and the " + topics + " to what the sinks need.";
        }
        String form = switch (engine) {
            case MYSQL, MARIADB -> "databaseName.tableName";
            case MONGODB -> "databaseName.collectionName";
            default -> "schemaName.tableName";
        };
        return "Debezium matches every include/exclude entry as an anchored regular expression against the whole " + form
                + " identifier, so each named object is written out in full with its dots escaped (\\. matches only a dot; a bare "
                + ". would match any character). An include list and an exclude list of the same kind must not be set together. "
                + "Capturing only what the sinks need keeps the snapshot, the source-side capture work and the " + (ctx.noKafka() ? "destination" : "topic") + " count small.";
    }

    private static String assumption(SourceEngine engine, CaptureScope scope) {
        String ns = scope.defaultNamespace();
        return switch (engine) {
            case POSTGRESQL -> "No schema was named: the tables are taken to be in " + ns + ", PostgreSQL's default schema; "
                    + "change the prefix if they live elsewhere.";
            case SQLSERVER -> "No schema was named: the tables are taken to be in " + ns + ", SQL Server's default schema.";
            case ORACLE, DB2 -> "No schema was named: " + ns + " stands for the schema that owns the tables; replace it.";
            default -> "No database was named: " + ns + " stands for the database that holds them; replace it everywhere it appears.";
        };
    }

    /**
     * The tables whose events need message.key.columns: the named ones, or an example standing for stated ones. MongoDB
     * and Cassandra key every event by _id / the primary key, so only named objects are answered there.
     */
    private static List<String> keyless(RuleContext ctx) {
        boolean keyedByDatabase = ctx.engine() == SourceEngine.MONGODB || ctx.engine() == SourceEngine.CASSANDRA;
        return CaptureScope.of(ctx).keylessTables(!keyedByDatabase && ctx.source().has(KeyTrait.MISSING_PRIMARY_KEY));
    }

    private static Decision keylessTables(RuleContext ctx) {
        CaptureScope scope = CaptureScope.of(ctx);
        List<String> keyless = keyless(ctx);
        boolean example = scope.tables(ObjectRole.KEYLESS).isEmpty();
        SourceEngine engine = ctx.engine();
        DecisionBuilder d = ctx.decision("source.keyless-tables", "Message keys for the tables without a primary key")
                .ref(ctx.knowledge().reference());
        if (engine == SourceEngine.MONGODB || engine == SourceEngine.CASSANDRA) {
            return d.statement("Nothing to add for " + String.join(", ", keyless) + ": every " + engine.displayName()
                            + (engine == SourceEngine.MONGODB ? " document has an _id, which keys its events." : " table has a primary key, which keys its events."))
                    .because("The connector keys events by _id / the primary key, which the database always has.")
                    .build();
        }
        return d.statement("Key the events of " + (example ? "every table without a primary key (" + keyless.get(0) + " stands for "
                        + "them: list each one)" : String.join(", ", keyless)) + " with message.key.columns, naming for each table "
                        + "columns that are unique and never updated (replace the <... key columns> placeholders).")
                .because("A table without a primary key gives events a null key: " + (ctx.noKafka()
                        ? ctx.destination().label() + " then has no key to keep their order by" : "Kafka spreads them over the partitions")
                        + ", so changes "
                        + "to one row can be consumed out of order, and keyed sinks cannot upsert or delete them. "
                        + keylessSourceNote(engine))
                .source("message.key.columns", scope.keyColumns(keyless))
                .warn("If no column set is unique, the table cannot be replicated as rows: capture it append-only (sinks insert, "
                        + "never upsert) or add a key at the source.")
                .build();
    }

    private static String keylessSourceNote(SourceEngine engine) {
        return switch (engine) {
            case MYSQL, MARIADB -> "binlog_row_image=FULL logs every column of the old row, so the key columns are present in "
                    + "update and delete events.";
            case SQLSERVER -> "CDC can be enabled on such a table only with @supports_net_changes = 0 (as in this design).";
            case ORACLE -> "ALL COLUMNS supplemental logging on the table puts the key columns into the redo of every update and delete.";
            default -> "The change-data tables hold every column, so the key columns are present in update and delete events.";
        };
    }
}
