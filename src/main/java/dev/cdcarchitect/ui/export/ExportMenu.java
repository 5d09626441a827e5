package dev.cdcarchitect.ui.export;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.ExportFormat;
import dev.cdcarchitect.export.pdf.Paper;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Fills the Export menu: every format (PDF in A4 and Letter), each asking where to write and exporting off the FX thread. */
public final class ExportMenu {

    private final ExportViewModel export;
    private final Supplier<DesignResult.Generated> design;
    private ExportTargetChooser chooser;

    public ExportMenu(MenuButton menu, ExportViewModel export, Supplier<DesignResult.Generated> design, ExportTargetChooser chooser) {
        this.export = export;
        this.design = design;
        this.chooser = chooser;
        menu.getItems().setAll(
                item("Markdown document (.md + .svg)…", ExportFormat.MARKDOWN, Paper.A4),
                item("PDF, A4…", ExportFormat.PDF, Paper.A4),
                item("PDF, Letter…", ExportFormat.PDF, Paper.LETTER),
                new SeparatorMenuItem(),
                item("Diagram as PNG…", ExportFormat.PNG, Paper.A4),
                item("Diagram as SVG…", ExportFormat.SVG, Paper.A4),
                item("Diagram as Mermaid…", ExportFormat.MERMAID, Paper.A4),
                item("Diagram as Graphviz DOT…", ExportFormat.DOT, Paper.A4),
                new SeparatorMenuItem(),
                item("Runnable configuration (folder)…", ExportFormat.CONFIGS, Paper.A4),
                item("Monitoring: alerts, runbook, dashboard (folder)…", ExportFormat.MONITORING, Paper.A4),
                item("Kubernetes: Strimzi and Debezium Operator manifests (folder)…", ExportFormat.KUBERNETES, Paper.A4),
                item("Cutover and reconciliation runbook (.md)…", ExportFormat.RUNBOOK, Paper.A4));
    }

    /** Tests answer the file dialog themselves. */
    public void useChooser(ExportTargetChooser replacement) {
        chooser = replacement;
    }

    private MenuItem item(String text, ExportFormat format, Paper paper) {
        MenuItem item = new MenuItem(text);
        item.setId("export-" + format.cliName() + (format == ExportFormat.PDF ? "-" + paper.name().toLowerCase(Locale.ROOT) : ""));
        item.disableProperty().bind(export.state.isEqualTo(ExportViewModel.State.RUNNING));
        item.setOnAction(e -> exportAs(format, paper));
        return item;
    }

    /** FX thread: asks for the target, then starts the export (the dialog is the only blocking step, as on every platform). */
    public void exportAs(ExportFormat format, Paper paper) {
        DesignResult.Generated current = design.get();
        if (current == null) return;
        chooser.choose(format, export.lastFolder.get(), suggestedName(current, format))
                .ifPresent(out -> export.export(current, format, paper, out));
    }

    /** "cdc-postgresql-14-confluent-platform", with a "-config" / "-monitoring" / "-kubernetes" suffix for the folders, "-runbook" for the runbook. */
    static String suggestedName(DesignResult.Generated design, ExportFormat format) {
        String slug = design.spec().title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 48) slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
        String suffix = switch (format) {
            case MONITORING -> "-monitoring";
            case CONFIGS -> "-config";
            case KUBERNETES -> "-kubernetes";
            case RUNBOOK -> "-runbook";
            default -> "";
        };
        return "cdc-" + slug + suffix;
    }
}
