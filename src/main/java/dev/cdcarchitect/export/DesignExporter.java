package dev.cdcarchitect.export;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.diagram.DotDiagramWriter;
import dev.cdcarchitect.export.diagram.ExportNodeSizes;
import dev.cdcarchitect.export.diagram.MermaidDiagramWriter;
import dev.cdcarchitect.export.diagram.PngDiagramWriter;
import dev.cdcarchitect.export.diagram.SvgDiagramWriter;
import dev.cdcarchitect.export.document.SourceDateEpoch;
import dev.cdcarchitect.export.kubernetes.KubernetesBundleBuilder;
import dev.cdcarchitect.export.kubernetes.KubernetesOptions;
import dev.cdcarchitect.export.monitoring.MonitoringBundleBuilder;
import dev.cdcarchitect.export.pdf.Paper;
import dev.cdcarchitect.export.pdf.PdfDocumentWriter;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.topology.layout.TopologyLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a design in one export format and writes it atomically. Rendering happens fully in memory first, so a
 * failure while rendering leaves the disk untouched.
 */
public final class DesignExporter {

    private static final ExportNodeSizes EXPORT_SIZES = new ExportNodeSizes();

    private final TopologyLayout layouter = new TopologyLayout();
    private final SvgDiagramWriter svg = new SvgDiagramWriter();
    private final AtomicFiles files;

    public DesignExporter() {
        this(AtomicFiles.system());
    }

    /** Tests hand in file operations that fail on purpose. */
    DesignExporter(AtomicFiles files) {
        this.files = files;
    }

    /** Options that only some formats use: the PDF's paper, the documents' date, where Kubernetes manifests go. */
    public record Options(Paper paper, LocalDate date, KubernetesOptions kubernetes) {
        public Options(Paper paper, LocalDate date) {
            this(paper, date, KubernetesOptions.DEFAULTS);
        }

        public static Options today() {
            return new Options(Paper.A4, SourceDateEpoch.today());
        }
    }

    /**
     * The files of an export, by name relative to the output path: for a file format the key {@code ""} is the
     * file itself (Markdown adds its SVG under its own name); for configs the keys are paths inside the folder.
     */
    public Map<String, byte[]> render(DesignResult.Generated design, ExportFormat format, String fileName, Options options) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        switch (format) {
            case MARKDOWN -> {
                String svgName = baseName(fileName) + ".svg";
                files.put(svgName, utf8(svg.write(design.topology(), layout(design))));
                files.put("", utf8(new MarkdownDocumentWriter().write(design, svgName, options.date())));
            }
            case PDF -> files.put("", new PdfDocumentWriter().write(design, layout(design), options.date(), options.paper()));
            case SVG -> files.put("", utf8(svg.write(design.topology(), layout(design))));
            case PNG -> files.put("", new PngDiagramWriter().write(design.topology(), layout(design)));
            case MERMAID -> files.put("", utf8(new MermaidDiagramWriter().write(design.topology())));
            case DOT -> files.put("", utf8(new DotDiagramWriter().write(design.topology())));
            case CONFIGS -> {
                ConfigBundle bundle = new ConfigBundleBuilder().build(design);
                bundle.files().forEach((name, content) -> files.put(name, utf8(content)));
                // The alerts watch exactly these connectors and topics, so they travel with them (decision 0018).
                Map<String, String> monitoring = new MonitoringBundleBuilder().build(design);
                monitoring.forEach((name, content) -> files.put("monitoring/" + name, utf8(content)));
                kubernetes(design, bundle, monitoring, options).forEach((name, content) -> files.put("kubernetes/" + name, utf8(content)));
            }
            case KUBERNETES -> {
                ConfigBundle bundle = new ConfigBundleBuilder().build(design);
                kubernetes(design, bundle, new MonitoringBundleBuilder().build(design), options).forEach((name, content) -> files.put(name, utf8(content)));
            }
            case RUNBOOK -> files.put("", utf8(new MarkdownRunbookWriter().write(design, options.date())));
            case MONITORING -> new MonitoringBundleBuilder().build(design).forEach((name, content) -> files.put(name, utf8(content)));
        }
        return files;
    }

    /** Renders, then writes: a file (plus the Markdown's SVG beside it) or, for configs, a whole folder. */
    public void export(DesignResult.Generated design, ExportFormat format, Path out, Options options) throws IOException {
        write(render(design, format, out.toAbsolutePath().getFileName().toString(), options), format, out);
    }

    /**
     * Writes what {@link #render} produced: the files of one export (the Markdown and its SVG) are replaced together
     * or not at all; a folder only replaces an earlier export or an empty folder.
     *
     * @throws ForeignFolderException when the folder exists and is not an earlier export (nothing changed)
     * @throws WriteFailedException when writing failed, saying exactly what is on disk now
     */
    public void write(Map<String, byte[]> rendered, ExportFormat format, Path out) throws IOException {
        Path absolute = out.toAbsolutePath();
        if (format.isFolder()) {
            files.replaceFolder(absolute, rendered);
            return;
        }
        Map<Path, byte[]> targets = new LinkedHashMap<>();
        rendered.forEach((name, content) -> targets.put(name.isEmpty() ? absolute : absolute.resolveSibling(name), content));
        files.replaceFiles(targets);
    }

    /** The manifests are built from the plain files and mount the monitoring export's JMX exporter config (decision 0021). */
    private static Map<String, String> kubernetes(DesignResult.Generated design, ConfigBundle plain, Map<String, String> monitoring, Options options) {
        return new KubernetesBundleBuilder().build(design, plain, monitoring.get(MonitoringBundleBuilder.JMX_FILE), options.kubernetes());
    }

    private DiagramLayout layout(DesignResult.Generated design) {
        return layouter.layout(design.topology(), EXPORT_SIZES);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
