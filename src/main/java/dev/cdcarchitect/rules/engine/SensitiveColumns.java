package dev.cdcarchitect.rules.engine;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.source.CaptureScope;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns the user said must never leave the database. Dropped from event values by the connector
 * (column.exclude.list) unless the user needs the column's presence; then masked with a fixed run of asterisks,
 * which keeps the column but no trace of the value. Hashing is not the default: a salted hash of a low-entropy value
 * can be reversed by hashing every candidate.
 */
final class SensitiveColumns {

    /** Asterisks per masked value: fixed, so the mask does not reveal the value's length. */
    static final int MASK_LENGTH = 10;

    private SensitiveColumns() {}

    static boolean named(RuleContext ctx) {
        return !excluded(ctx).isEmpty() || !masked(ctx).isEmpty();
    }

    /** MongoDB and Cassandra connectors can only drop fields: masked columns are dropped there too. */
    private static boolean canMask(RuleContext ctx) {
        return ctx.engine() != SourceEngine.MONGODB && ctx.engine() != SourceEngine.CASSANDRA;
    }

    private static List<String> masked(RuleContext ctx) {
        return CaptureScope.of(ctx).columns(ObjectRole.MASKED);
    }

    private static List<String> excluded(RuleContext ctx) {
        List<String> out = new ArrayList<>(CaptureScope.of(ctx).columns(ObjectRole.SENSITIVE));
        List<String> masked = masked(ctx);
        if (canMask(ctx)) out.removeAll(masked);
        else masked.stream().filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    static String lead(RuleContext ctx) {
        List<String> dropped = excluded(ctx);
        List<String> masked = canMask(ctx) ? masked(ctx) : List.of();
        String key = ComplianceRules.excludeKey(ctx);
        StringBuilder lead = new StringBuilder("Keep ").append(String.join(", ", dropped.isEmpty() ? masked : dropped))
                .append(" at the source");
        if (!dropped.isEmpty()) {
            lead.append(": the connector drops ").append(dropped.size() > 1 ? "them" : "it").append(" from every change event (")
                    .append(key).append(")");
        }
        if (!masked.isEmpty()) {
            lead.append(dropped.isEmpty() ? ": " : "; ").append(String.join(", ", masked)).append(masked.size() > 1 ? " keep their" : " keeps its")
                    .append(" column, but every value is replaced by ").append(MASK_LENGTH).append(" asterisks in the connector (column.mask.with.")
                    .append(MASK_LENGTH).append(".chars)");
        }
        return lead.toString();
    }

    static Decision decide(RuleContext ctx, DecisionBuilder d) {
        CaptureScope scope = CaptureScope.of(ctx);
        List<String> dropped = excluded(ctx);
        List<String> masked = canMask(ctx) ? masked(ctx) : List.of();
        if (!dropped.isEmpty()) set(ctx, d, ComplianceRules.excludeKey(ctx), join(scope, dropped));
        if (!masked.isEmpty()) {
            d.source("column.mask.with." + MASK_LENGTH + ".chars", join(scope, masked))
                    .warn("Masking with asterisks works on character columns only; a numeric or binary column to be kept must be "
                            + "excluded instead, or cast to text in a view the connector does not read.");
        }
        d.warn("A column that is part of the primary key stays in the event key even when it is excluded from the value: "
                + "if one of these is a key column, key the table by other columns (message.key.columns).");
        if (!canMask(ctx)) {
            return d.warnIf(!masked(ctx).isEmpty(), ctx.engine().displayName() + "'s connector can only drop fields, not mask them: "
                    + "the fields to be masked are dropped; a sink that needs them must get them from elsewhere.").build();
        }
        return d.warnIf(masked.isEmpty(), "If a sink needs the column to exist (e.g. a pre-created replica table where it is NOT "
                        + "NULL), mask it instead of excluding it: column.mask.with.<n>.chars replaces a character column's value with n "
                        + "asterisks (0: an empty string) in the connector, so the value still never leaves.")
                .warn("Do not use column.mask.hash.* for these: a salted hash of a low-entropy value such as a social security "
                        + "number or an e-mail address is reversed by hashing every candidate value, and the salt sits in the "
                        + "connector config.")
                .build();
    }

    private static String join(CaptureScope scope, List<String> columns) {
        return String.join(",", columns.stream().map(scope::columnPattern).toList());
    }

    /** Cassandra's agent is not a Connect connector, so DecisionBuilder.source would drop its setting. */
    private static void set(RuleContext ctx, DecisionBuilder d, String key, String value) {
        if (ctx.knowledge().runsOnKafkaConnect()) d.source(key, value);
        else d.set(SOURCE_CONNECTOR, ctx.connector(), key, value);
    }
}
