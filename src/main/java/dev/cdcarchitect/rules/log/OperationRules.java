package dev.cdcarchitect.rules.log;

import static dev.cdcarchitect.domain.SpecSection.TOPOLOGY;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.SinkKnowledge;
import dev.cdcarchitect.rules.source.CaptureScope;
import java.util.ArrayList;
import java.util.List;

/** Operations the user said must flow and that Debezium does not pass on as plain row changes: TRUNCATE, key updates. */
public final class OperationRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("source.truncates", TOPOLOGY, ctx -> ctx.input().facts().propagateTruncates(), OperationRules::truncates),
            Rule.when("source.primary-key-updates", TOPOLOGY, OperationRules::keysChange, OperationRules::keyUpdates));

    private OperationRules() {}

    private static boolean keysChange(RuleContext ctx) {
        return ctx.input().facts().primaryKeyUpdates() || !CaptureScope.of(ctx).tables(ObjectRole.REKEYED).isEmpty();
    }

    private static Decision truncates(RuleContext ctx) {
        boolean emitted = ctx.knowledge().emitsTruncates(ctx.source());
        DecisionBuilder d = ctx.decision("source.truncates", emitted ? "TRUNCATE reaches every sink as a truncate event"
                        : "TRUNCATE cannot flow from " + ctx.engine().displayName() + ": empty tables with DELETE")
                .ref(ctx.knowledge().reference());
        if (!emitted) {
            boolean documents = ctx.engine() == SourceEngine.MONGODB;
            return d.statement(noTruncates(ctx) + " Each deleted " + (documents ? "document" : "row") + " then flows as a delete "
                            + "event (and tombstone) that every sink already applies by key.")
                    .because("A source that emits no truncate event leaves every sink with the rows the source no longer has; "
                            + "row deletes are the only way the removal reaches them.")
                    .warnIf(!documents, "DELETE of a whole large table is one large transaction in the " + ctx.engine().logName()
                            + ": delete in batches (e.g. 10,000 rows per transaction) to keep the log and the connector's buffers small.")
                    .ref(ctx.engine() == SourceEngine.SQLSERVER ? Refs.SQLSERVER_CDC : ctx.knowledge().reference())
                    .build();
        }
        List<String> applied = new ArrayList<>();
        boolean unwrapped = false;
        // Without Kafka the targets are fed by consumers of the destination, not by sink connectors.
        boolean kafka = !ctx.noKafka();
        for (Target t : kafka ? ctx.targets() : List.<Target>of()) {
            SinkKnowledge sink = ctx.sinks().get(t.kind());
            if (sink.appliesTruncates()) {
                applied.add(t.label() + " " + stripPeriod(sink.truncateHandling()));
            } else {
                d.warn(t.label() + ": " + sink.truncateHandling());
                unwrapped |= sink.truncateHandling().contains("ExtractNewRecordState");
            }
        }
        // Without Kafka the event goes to the table's destination, which orders by key (or not at all), not by partition.
        d.statement("Stop skipping truncates (skipped.operations=none; the connector's default t drops them) so a TRUNCATE on the "
                        + "source becomes a truncate event (op t) on the table's " + (kafka ? "topic" : "destination in " + ctx.destination().label())
                        + (applied.isEmpty() ? "; every " + (kafka ? "sink" : "consumer feeding a target") + " must then clear its copy of the table."
                        : "; " + String.join("; ", applied) + "."))
                .because("A truncate removes every row without a delete per row, so a sink that misses it keeps rows the source no "
                        + "longer has. The event carries no key: " + (kafka
                        ? "on a topic with several partitions it is not ordered against the row events of the other partitions, so run "
                                + "TRUNCATE in a quiet window (no writes to the table until every sink has applied it) or give tables "
                                + "that are truncated a single-partition topic."
                        : "where " + ctx.destination().label() + " keeps order per key, it is not ordered against the row events, so run "
                                + "TRUNCATE in a quiet window (no writes to the table until every consumer has applied it)."));
        if (ctx.knowledge().runsOnKafkaConnect()) {
            d.source("skipped.operations", "none");
        } else {
            d.set(ConfigScope.SOURCE_CONNECTOR, ctx.connector(), "skipped.operations", "none"); // the agent's own setting
        }
        if (ctx.engine() == SourceEngine.POSTGRESQL) {
            d.snippet("sql", "the publication must publish truncate (its default publish list does)",
                    "SELECT pubname, pubtruncate FROM pg_publication; -- must be true for the connector's publication")
                    .ref(Refs.PG_CREATE_PUBLICATION);
        }
        if (kafka && ctx.targets(TargetKind.RELATIONAL_REPLICA)) d.ref(Refs.DBZ_JDBC_SINK);
        if (unwrapped) d.ref(Refs.DBZ_UNWRAP, Refs.DBZ_UNWRAP_TRUNCATE);
        return d.build();
    }

    private static String stripPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static String noTruncates(RuleContext ctx) {
        return switch (ctx.engine()) {
            case SQLSERVER -> "SQL Server refuses TRUNCATE TABLE on a table enabled for change data capture (error 4711), and the "
                    + "Debezium SQL Server connector emits no truncate events: empty captured tables with DELETE.";
            case DB2 -> "The Debezium Db2 connector emits no truncate events, so a TRUNCATE never reaches "
                    + (ctx.noKafka() ? ctx.destination().label() : "Kafka") + ": empty captured "
                    + "tables with DELETE.";
            case MONGODB -> "MongoDB has no truncate (change streams have no such event): empty a collection with deleteMany({}), "
                    + "not by dropping it.";
            case POSTGRESQL -> "pgoutput replicates TRUNCATE only from PostgreSQL 11 on; on " + ctx.source().version()
                    + " empty captured tables with DELETE.";
            default -> ctx.engine().displayName() + " emits no truncate events here: empty captured tables with DELETE.";
        };
    }

    private static Decision keyUpdates(RuleContext ctx) {
        List<String> tables = CaptureScope.of(ctx).tables(ObjectRole.REKEYED);
        String where = tables.isEmpty() ? "a captured table" : String.join(", ", tables);
        List<String> sinks = ctx.targets().stream().map(Target::label).toList();
        SourceEngine engine = ctx.engine();
        DecisionBuilder d = ctx.decision("source.primary-key-updates", "Primary-key updates arrive as delete + create")
                .ref(ctx.knowledge().reference());
        if (engine == SourceEngine.MONGODB || engine == SourceEngine.CASSANDRA) {
            d.statement("A re-key in " + where + " can only be a delete and an insert (" + (engine == SourceEngine.MONGODB
                    ? "a document's _id is immutable" : "primary-key columns cannot be updated")
                    + "): it flows as a delete event (and tombstone) for the old key and a create event for the new one.");
        } else {
            d.statement("Expect an UPDATE of a primary-key column in " + where + " to arrive as three events: a delete for the old key"
                    + (engine == SourceEngine.POSTGRESQL || engine == SourceEngine.MYSQL || engine == SourceEngine.MARIADB
                            ? " (header __debezium.newkey), its tombstone, and a create for the new key (header __debezium.oldkey)."
                            : ", its tombstone, and a create for the new key."));
        }
        // Without Kafka there are no partitions or sink connectors: the destination orders per key, consumers feed the targets.
        String apart = ctx.noKafka() ? "are ordered separately in " + ctx.destination().label() + " (order is kept per key only)"
                : "hash to different partitions";
        String how = ctx.noKafka() ? "The consumer feeding every target (" + String.join(", ", sinks) + ") must apply the delete of "
                        + "the old key (a delete branch in every MERGE or upsert)"
                : "Every sink (" + String.join(", ", sinks) + ") must apply the delete and tombstone of the old key (JDBC delete.enabled=true, Elasticsearch/OpenSearch "
                        + "behavior.on.null.values=delete, a delete branch in every MERGE)";
        return d.because("The old and the new key " + apart + ", so no consumer sees the pair in order: for a moment "
                        + "a sink holds both rows or neither. " + how
                        + ", or the row survives under its old key forever.")
                .warn("A unique constraint on another column in a sink table (e.g. the SKU code) can reject the create for the new "
                        + "key until the old key's delete arrives: make it deferrable or leave it out of the replica.")
                .warn("Consumers that follow a row across the re-key (joins, caches keyed by id) must read the old/new key from the "
                        + "delete and create pair, not assume the key is stable.")
                .build();
    }
}
