package dev.cdcarchitect.ui.impact;

import dev.cdcarchitect.impact.ChangeKind;
import dev.cdcarchitect.impact.ImpactReport;
import dev.cdcarchitect.impact.SchemaChangeReader;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The schema-change impact panel (impact.fxml), beside the spec: a change picker whose fields follow the kind, the
 * phrase {@code impact --change} reads, the table, and the report for the design the window shows.
 */
public final class ImpactController {

    @FXML VBox impactPane;
    @FXML ComboBox<ChangeKind> kindPicker;
    @FXML TextField tableField;
    @FXML TextField columnField;
    @FXML TextField newNameField;
    @FXML TextField fromField;
    @FXML TextField toField;
    @FXML TextField defaultField;
    @FXML TextField keysField;
    @FXML TextField phraseField;
    @FXML VBox columnBox;
    @FXML VBox newNameBox;
    @FXML VBox fromBox;
    @FXML VBox toBox;
    @FXML VBox defaultBox;
    @FXML VBox keysBox;
    @FXML Label columnLabel;
    @FXML Label toLabel;
    @FXML Label messageLabel;
    @FXML Label placeholder;
    @FXML VBox reportBox;
    @FXML HBox runbookHeading;
    @FXML VBox runbookBox;
    @FXML Button copyRunbookButton;

    private final ImpactViewModel vm;
    private final ImpactReportView view;

    public ImpactController(ImpactViewModel vm, Consumer<String> linkOpener) {
        this.vm = vm;
        this.view = new ImpactReportView(linkOpener);
    }

    @FXML
    void initialize() {
        kindPicker.setItems(FXCollections.observableArrayList(ChangeKind.values()));
        kindPicker.setConverter(new StringConverter<>() {
            @Override public String toString(ChangeKind kind) { return kind == null ? "" : kind.label(); }
            @Override public ChangeKind fromString(String label) { return null; }
        });
        kindPicker.valueProperty().bindBidirectional(vm.kind);
        Map<TextField, javafx.beans.property.StringProperty> fields = Map.of(tableField, vm.table, columnField, vm.column,
                newNameField, vm.newName, fromField, vm.from, toField, vm.to, defaultField, vm.defaultValue, keysField, vm.keys,
                phraseField, vm.phrase);
        fields.forEach((field, property) -> field.textProperty().bindBidirectional(property));
        tableField.promptTextProperty().bind(vm.tablePrompt);
        phraseField.setTooltip(new Tooltip("The change as the command line reads it (impact --change):\n"
                + String.join("\n", SchemaChangeReader.FORMS)));
        vm.kind.addListener((o, old, kind) -> showInputs(kind));
        showInputs(vm.kind.get());
        messageLabel.textProperty().bind(vm.message);
        var hasMessage = vm.message.isNotEmpty();
        messageLabel.visibleProperty().bind(hasMessage);
        messageLabel.managedProperty().bind(hasMessage);
        var empty = vm.report.isNull().and(vm.message.isEmpty());
        placeholder.visibleProperty().bind(empty);
        placeholder.managedProperty().bind(empty);
        vm.report.addListener((o, old, report) -> show(report));
        var shown = vm.report.isNotNull();
        runbookHeading.visibleProperty().bind(shown);
        runbookHeading.managedProperty().bind(shown);
        // Esc anywhere in the panel closes it (a ComboBox's open list takes its Esc first).
        impactPane.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.open.set(false);
                e.consume();
            }
        });
    }

    /** Only the fields the picked kind needs are shown; the partition and the added column's type reuse two of them. */
    private void showInputs(ChangeKind kind) {
        List<ChangeFields.Input> inputs = ChangeFields.inputs(kind);
        show(columnBox, inputs.contains(ChangeFields.Input.COLUMN) || inputs.contains(ChangeFields.Input.PARTITION));
        columnLabel.setText(ChangeFields.label(inputs.contains(ChangeFields.Input.PARTITION) ? ChangeFields.Input.PARTITION : ChangeFields.Input.COLUMN));
        show(newNameBox, inputs.contains(ChangeFields.Input.NEW_NAME));
        show(fromBox, inputs.contains(ChangeFields.Input.FROM));
        show(toBox, inputs.contains(ChangeFields.Input.TO) || inputs.contains(ChangeFields.Input.TYPE));
        toLabel.setText(ChangeFields.label(inputs.contains(ChangeFields.Input.TYPE) ? ChangeFields.Input.TYPE : ChangeFields.Input.TO));
        show(defaultBox, inputs.contains(ChangeFields.Input.DEFAULT));
        show(keysBox, inputs.contains(ChangeFields.Input.KEYS));
    }

    private static void show(VBox box, boolean shown) {
        box.setVisible(shown);
        box.setManaged(shown);
    }

    private void show(ImpactReport report) {
        reportBox.getChildren().clear();
        runbookBox.getChildren().clear();
        copyRunbookButton.setText("Copy runbook");
        if (report == null) return;
        reportBox.getChildren().addAll(view.verdict(report), view.findings(report));
        TitledPane schemas = view.schemas(report);
        if (schemas != null) reportBox.getChildren().add(schemas);
        runbookBox.getChildren().setAll(view.runbook(report));
    }

    @FXML void copyRunbook() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.runbookText());
        Clipboard.getSystemClipboard().setContent(content);
        copyRunbookButton.setText("Copied");
    }

    @FXML void close() { vm.open.set(false); }

    public VBox pane() { return impactPane; }

    /** Open or closed; the shell shows the pane beside the spec while it is open. */
    public BooleanProperty openProperty() { return vm.open; }

    /** Ctrl+I: opens the panel with the picker focused, or closes it. */
    public void toggle() {
        vm.open.set(!vm.open.get());
    }

    public void focusPicker() { kindPicker.requestFocus(); }

    public ImpactViewModel viewModel() { return vm; }
}
