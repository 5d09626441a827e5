package dev.cdcarchitect.impact;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SourceEngine;
import java.util.ArrayList;
import java.util.List;

/** Answers "what happens when someone changes this table?" for one design, along the pipeline, in order. */
public final class ImpactAnalyzer {

    private final SchemaChangeReader reader = new SchemaChangeReader();

    /** Reads the change and analyses it; the exception says what was wrong with the change as written. */
    public ImpactReport analyze(DesignResult.Generated design, String changeText, String table) throws ImpactInputException {
        return analyze(design, reader.read(changeText, table));
    }

    public ImpactReport analyze(DesignResult.Generated design, SchemaChange change) throws ImpactInputException {
        SourceEngine engine = design.input().source().engine();
        if (change.kind() == ChangeKind.ATTACH_PARTITION && engine != SourceEngine.POSTGRESQL) {
            throw new ImpactInputException("'attach partition' is a PostgreSQL change; this design's source is " + engine.displayName()
                    + ". Pick another change, or a PostgreSQL design.");
        }
        if (change.kind() == ChangeKind.CHANGE_PRIMARY_KEY && engine == SourceEngine.MONGODB) {
            throw new ImpactInputException("A MongoDB collection's key is always _id and cannot be changed. Pick another change.");
        }
        if (change.kind() == ChangeKind.ADD_NOT_NULL_COLUMN_WITH_DEFAULT && (engine == SourceEngine.MONGODB || engine == SourceEngine.CASSANDRA)) {
            // Without this, sinks would be told of a REQUIRED field that no event of these sources can declare.
            String why = engine == SourceEngine.MONGODB ? "MongoDB has no NOT NULL fields and no defaults: a field exists where documents are written with it"
                    : "Cassandra columns outside the primary key cannot be NOT NULL and have no defaults";
            throw new ImpactInputException(why + ". Write it as 'add column " + change.column() + " " + change.to() + " to " + change.table() + "'.");
        }
        ImpactContext ctx = ImpactContext.of(change, design);
        List<Finding> findings = new ArrayList<>(SourceImpact.of(ctx));
        RegistryImpact.Result registry = RegistryImpact.of(ctx);
        findings.addAll(registry.findings());
        findings.addAll(SinkImpact.of(ctx));
        findings.addAll(ConsumerImpact.of(ctx));
        boolean refused = registry.value() != null && !registry.value().accepted();
        List<String> runbook = Runbook.of(ctx, findings, refused);
        return new ImpactReport(change, ctx.topic(), registry.schemas(), registry.value(), registry.key(), findings, runbook);
    }
}
