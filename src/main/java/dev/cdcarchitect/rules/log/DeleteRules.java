package dev.cdcarchitect.rules.log;

import static dev.cdcarchitect.domain.SpecSection.TOPOLOGY;

import dev.cdcarchitect.domain.Compliance;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.SourceFacts;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.sink.Flattening;
import dev.cdcarchitect.rules.sink.SearchIndexSink;
import java.util.ArrayList;
import java.util.List;

/** What the user said about deletes: how each target applies them, or what soft deletes mean for every target. */
public final class DeleteRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("source.deletes", TOPOLOGY, DeleteRules::stated, DeleteRules::deletes));

    private DeleteRules() {}

    private static boolean stated(RuleContext ctx) {
        SourceFacts f = ctx.input().facts();
        return f.propagateDeletes() || f.softDeletes();
    }

    private static Decision deletes(RuleContext ctx) {
        SourceFacts f = ctx.input().facts();
        if (f.softDeletes()) return softDeletes(ctx, f.softDeleteColumn());
        List<String> how = new ArrayList<>();
        for (Target t : ctx.noKafka() ? List.<Target>of() : ctx.targets()) how.add(t.label() + ": " + applies(ctx, t));
        return ctx.decision("source.deletes", "Every delete reaches every target, by key")
                .statement("A DELETE is captured as a delete event (op=d, the old key in before) followed by a tombstone with the same "
                        + "key" + (how.isEmpty() ? "; the consumers of " + (ctx.noKafka() ? ctx.destination().label() : "the topics")
                        + " apply it by key." : ". " + String.join("; ", how) + "."))
                .because("Deletes are ordered with the other changes of their key (same partition), so a target that applies "
                        + "them by key converges to the source; a sink that drops them keeps rows the source no longer has.")
                .ref(ctx.knowledge().reference(), Flattening.reference(ctx))
                .build();
    }

    /** How each kind of target applies a delete in this design (the settings are in its sink decision). */
    private static String applies(RuleContext ctx, Target t) {
        return switch (t.kind()) {
            case RELATIONAL_REPLICA -> "the JDBC sink deletes the row (delete.enabled=true)";
            case ELASTICSEARCH, OPENSEARCH -> SearchIndexSink.appendOnly(ctx)
                    ? "the delete is indexed as a change document with __deleted=true (composite keys give no document id)"
                    : "the tombstone deletes the document (behavior.on.null.values=delete)";
            case SNOWFLAKE -> "the row arrives with __deleted=true and the MERGE or dynamic table removes it";
            case ICEBERG, DELTA_LAKE, DATABRICKS -> "the row arrives with __deleted=true and a merge-on-read delete removes it";
            case CLICKHOUSE -> "the row arrives with __deleted=true; queries read current state with FINAL and filter it";
            case BIGQUERY -> "the sink's upsert/delete mode removes the row in its MERGE";
            case S3 -> "the delete event (op=d) is written to the changelog; the tombstone after it is skipped "
                    + "(behavior.on.null.values=ignore)";
            case REDIS -> "the cache key is removed (UNLINK) like for every other change";
        };
    }

    private static Decision softDeletes(RuleContext ctx, String column) {
        String what = column.isEmpty() ? "a soft-delete column" : column;
        DecisionBuilder d = ctx.decision("source.deletes", "Soft deletes arrive as updates")
                .statement("The source deletes by setting " + what + ", so the log holds UPDATEs, not DELETEs: every target keeps the "
                        + "row with " + what + " set. Readers filter on it (a view per target), and no tombstone is ever produced.")
                .because("Debezium captures what the log records; a soft delete is an ordinary update of the row.")
                .ref(ctx.knowledge().reference());
        boolean erasure = ctx.requirements().compliance().contains(Compliance.GDPR);
        return d.warnIf(erasure, "GDPR erasure needs a real DELETE at the source (or a purge job that hard-deletes soft-deleted "
                        + "rows): a soft-deleted row keeps its personal data in every target.")
                .build();
    }
}
