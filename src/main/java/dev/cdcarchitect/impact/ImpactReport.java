package dev.cdcarchitect.impact;

import java.util.List;

/**
 * The impact of one change on one design: findings along the pipeline, the schemas before and after with the
 * registry's verdicts, and the ordered runbook.
 *
 * @param schemas      the schemas the connector registers, null when the design has no registry schemas
 * @param valueVerdict null when no value subject gets a new version (no registry, table-level change)
 * @param keyVerdict   null unless the key subject gets a new version
 */
public record ImpactReport(SchemaChange change, String topic, Schemas schemas, RegistryCheck.Verdict valueVerdict,
                           RegistryCheck.Verdict keyVerdict, List<Finding> findings, List<String> runbook) {

    /**
     * The key and value schemas before and after, as the registry stores them.
     *
     * @param language "json" for Avro, "proto" for Protobuf (the code block's language)
     */
    public record Schemas(String language, String valueBefore, String valueAfter, String keyBefore, String keyAfter) {}

    public ImpactReport {
        findings = List.copyOf(findings);
        runbook = List.copyOf(runbook);
    }

    /** The worst finding: what the design review should hear first. */
    public Finding.Severity severity() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(Finding.Severity.ABSORBED);
    }
}
