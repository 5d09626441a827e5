package dev.cdcarchitect.ui.objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

/** Binds the named-objects table (objects.fxml) to its view model; edits are forwarded, no state is kept here. */
public final class NamedObjectsController {

    @FXML TableView<ObjectRow> objectsTable;
    @FXML TableColumn<ObjectRow, String> kindColumn;
    @FXML TableColumn<ObjectRow, String> nameColumn;
    @FXML TableColumn<ObjectRow, String> rolesColumn;
    @FXML TableColumn<ObjectRow, ObjectRow> keepOutColumn;
    @FXML Label objectsMessage;

    private final NamedObjectsViewModel objects;

    public NamedObjectsController(NamedObjectsViewModel objects) {
        this.objects = objects;
    }

    @FXML
    void initialize() {
        objectsTable.setItems(objects.rows);
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameColumn.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setTooltip(empty || name == null ? null : new Tooltip(name + " (double-click to rename it in the text)"));
            }
        });
        nameColumn.setOnEditCommit(e -> objects.rename(e.getRowValue(), e.getNewValue()));
        rolesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().details()));
        rolesColumn.setCellFactory(c -> new FullTextCell());
        // As tall as its rows (up to ten), so the input pane scrolls instead of the table.
        objectsTable.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 30 + objectsTable.getFixedCellSize() * Math.min(10, Math.max(2, objects.rows.size())), objects.rows));
        keepOutColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        keepOutColumn.setCellFactory(c -> new KeepOutCell());
        Label header = new Label("Out");
        header.setTooltip(new Tooltip("Kept out of the pipeline: a sensitive column that must never leave the database,"
                + " or a skipped database or table. Checking it adds a short sentence to the source text."));
        keepOutColumn.setGraphic(header);
        objectsMessage.textProperty().bind(objects.message);
        objectsMessage.visibleProperty().bind(objects.message.isNotEmpty());
        objectsMessage.managedProperty().bind(objects.message.isNotEmpty());
    }

    /** The pane is narrow: the whole text of a cut-off cell is in its tooltip. */
    private static final class FullTextCell extends TableCell<ObjectRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
        }
    }

    /** A checkbox that means "sensitive" on a column and "skipped" on anything else: both keep data out of the pipeline. */
    private final class KeepOutCell extends TableCell<ObjectRow, ObjectRow> {
        private final CheckBox box = new CheckBox();

        KeepOutCell() {
            box.setOnAction(e -> {
                if (getItem() != null) objects.toggle(getItem(), box.isSelected());
            });
        }

        @Override
        protected void updateItem(ObjectRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            box.setSelected(row.checked());
            box.setDisable(!row.toggleable());
            String meaning = row.toggle() == dev.cdcarchitect.domain.ObjectRole.SENSITIVE
                    ? "Sensitive: must never leave the database" : "Skipped: not captured";
            box.setAccessibleText(meaning + " (" + row.name() + ")");
            setTooltip(new Tooltip(row.lockReason().isEmpty() ? meaning : meaning + ". " + row.lockReason()));
            setGraphic(box);
        }
    }
}
