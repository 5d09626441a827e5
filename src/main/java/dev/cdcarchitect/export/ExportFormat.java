package dev.cdcarchitect.export;

import java.util.Locale;

/** What can be exported, with the file extension each writes (configs is a folder). */
public enum ExportFormat {
    MARKDOWN("md", "Markdown document (with SVG diagram beside it)"),
    PDF("pdf", "PDF document"),
    PNG("png", "Diagram as PNG"),
    SVG("svg", "Diagram as SVG"),
    MERMAID("mmd", "Diagram as Mermaid"),
    DOT("dot", "Diagram as Graphviz DOT"),
    CONFIGS("", "Runnable configuration (folder)"),
    /** Prometheus rules, runbook, Grafana dashboard and JMX exporter config (issue 17). */
    MONITORING("", "Monitoring as code (folder)"),
    /** Cutover phases with entry/exit criteria and reconciliation queries per system (issue 17). */
    RUNBOOK("md", "Cutover and reconciliation runbook (Markdown)"),
    /** Strimzi v1 and Debezium Operator manifests for {@code kubectl apply -f} (issue 18). */
    KUBERNETES("", "Kubernetes manifests (folder)");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    public boolean isFolder() {
        return this == CONFIGS || this == MONITORING || this == KUBERNETES;
    }

    /** The command-line name: markdown, pdf, png, svg, mermaid, dot, configs, monitoring, runbook, kubernetes. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
