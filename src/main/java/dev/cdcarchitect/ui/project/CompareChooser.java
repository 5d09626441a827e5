package dev.cdcarchitect.ui.project;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Which designs to compare with the shown one: one or more, the first ticked to start with. */
final class CompareChooser {

    private CompareChooser() {}

    static Optional<List<String>> ask(Window owner, String shown, List<String> others) {
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Compare designs");
        dialog.setHeaderText("Compare '" + shown + "' with");
        VBox boxes = new VBox(6);
        for (String name : others) {
            CheckBox box = new CheckBox(name);
            box.setMnemonicParsing(false);
            box.setSelected(boxes.getChildren().isEmpty());
            boxes.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(boxes);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(300, 28.0 * others.size()));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable noneTicked = () -> ok.setDisable(ticked(boxes).isEmpty());
        boxes.getChildren().forEach(b -> ((CheckBox) b).selectedProperty().addListener(o -> noneTicked.run()));
        noneTicked.run();
        dialog.setResultConverter(button -> button == ButtonType.OK ? ticked(boxes) : null);
        return dialog.showAndWait();
    }

    private static List<String> ticked(VBox boxes) {
        return boxes.getChildren().stream().map(CheckBox.class::cast).filter(CheckBox::isSelected).map(CheckBox::getText).toList();
    }
}
