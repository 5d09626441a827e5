package dev.cdcarchitect.rules.engine;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.DecisionBuilder;
import dev.cdcarchitect.rules.RuleContext;
import dev.cdcarchitect.rules.source.CaptureScope;
import java.util.List;

/**
 * Columns the user said must never leave the database: excluded from event values by the connector. Exclusion rather
 * than masking, because nothing downstream was said to need the column; masking is the fallback, hashing is not.
 */
final class SensitiveColumns {

    private SensitiveColumns() {}

    static Decision decide(RuleContext ctx, List<String> columns, DecisionBuilder d) {
        CaptureScope scope = CaptureScope.of(ctx);
        String value = String.join(",", columns.stream().map(scope::columnPattern).toList());
        String key = ComplianceRules.excludeKey(ctx);
        if (ctx.knowledge().runsOnKafkaConnect()) {
            d.source(key, value);
        } else {
            d.set(SOURCE_CONNECTOR, ctx.connector(), key, value); // the Cassandra agent's own setting
        }
        boolean documents = ctx.engine() == SourceEngine.MONGODB || ctx.engine() == SourceEngine.CASSANDRA;
        d.warn("A column that is part of the primary key stays in the event key even when it is excluded from the value: "
                + "if one of these is a key column, key the table by other columns (message.key.columns).");
        if (documents) {
            return d.warn(ctx.engine().displayName() + "'s connector can only drop fields, not mask them: a sink that needs the "
                    + "field must get it from somewhere other than this pipeline.").build();
        }
        return d.warn("If a sink needs the column to exist (e.g. a pre-created replica table where it is NOT NULL), mask it instead "
                        + "of excluding it: column.mask.with.<n>.chars replaces a character column's value with n asterisks (0: an empty "
                        + "string) in the connector, so the value still never leaves. Do not use column.mask.hash.*: a salted hash of a "
                        + "low-entropy value such as a social security number is reversed by hashing every possible value.")
                .build();
    }
}
