package dev.cdcarchitect.connect;

import java.util.List;

/**
 * What {@code validate --connect-url} found.
 * @param connectUrl the cluster, without user-info
 * @param clean      files Connect validated without a finding
 * @param notes      what the user should know that is not a finding (placeholders sent as they are)
 */
public record ValidationReport(String connectUrl, List<Finding> findings, List<String> clean, List<String> notes) {

    public ValidationReport {
        findings = List.copyOf(findings);
        clean = List.copyOf(clean);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    /** One line per clean file, finding and note, then a summary: what the CLI prints and the window shows. */
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        for (String file : clean) out.add("PASS " + file + ": Kafka Connect at " + connectUrl + " reports no error");
        for (Finding f : findings) out.add("FAIL " + f.line());
        for (String n : notes) out.add("note " + n);
        int files = (int) java.util.stream.Stream.concat(clean.stream(), findings.stream().map(Finding::file)).distinct().count();
        out.add(clean.size() + " of " + files + " connector configs valid on " + connectUrl + "; " + findings.size()
                + (findings.size() == 1 ? " finding" : " findings") + " (read-only check: no connector was created)");
        return out;
    }
}
