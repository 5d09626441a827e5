package dev.cdcarchitect.impact;

import java.util.List;
import org.apache.avro.Schema;

/**
 * The impact of one change on one design: findings along the pipeline, the schemas before and after with the
 * registry's verdicts, and the ordered runbook.
 *
 * @param valueVerdict null when no value subject gets a new version (no registry, table-level change)
 * @param keyVerdict   null unless the key subject gets a new version
 */
public record ImpactReport(SchemaChange change, String topic, Schema valueBefore, Schema valueAfter, RegistryCheck.Verdict valueVerdict,
                           Schema keyBefore, Schema keyAfter, RegistryCheck.Verdict keyVerdict, List<Finding> findings, List<String> runbook) {

    public ImpactReport {
        findings = List.copyOf(findings);
        runbook = List.copyOf(runbook);
    }

    /** The worst finding: what the design review should hear first. */
    public Finding.Severity severity() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(Finding.Severity.ABSORBED);
    }
}
