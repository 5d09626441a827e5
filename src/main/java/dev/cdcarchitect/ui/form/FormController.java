package dev.cdcarchitect.ui.form;

import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.TargetKind;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** Binds the structured form (form.fxml) to the {@link FormViewModel}; holds no state of its own. */
public final class FormController {

    @FXML ComboBox<SourceEngine> engineBox;
    @FXML ComboBox<Hosting> hostingBox;
    @FXML TextField versionField;
    @FXML Label versionError;
    @FXML TextField volumeField;
    @FXML ComboBox<String> volumeUnitBox;
    @FXML Label volumeError;
    @FXML TextField rateField;
    @FXML Label rateError;
    @FXML CheckBox updateHeavyBox;
    @FXML CheckBox deleteHeavyBox;
    @FXML CheckBox appendOnlyBox;
    @FXML CheckBox burstyBox;
    @FXML CheckBox compositeBox;
    @FXML CheckBox missingKeysBox;
    @FXML ComboBox<KafkaPlatform> platformBox;
    @FXML CheckComboBox<TargetKind> targetsBox;
    @FXML CheckBox exactlyOnceBox;
    @FXML TextField latencyField;
    @FXML Label latencyError;
    @FXML TextField retentionField;
    @FXML Label retentionError;
    @FXML Label formMessage;

    private final FormViewModel form;
    private boolean syncingTargets;

    public FormController(FormViewModel form) {
        this.form = form;
    }

    @FXML
    void initialize() {
        choices(engineBox, SourceEngine.values(), SourceEngine::displayName);
        engineBox.valueProperty().bindBidirectional(form.engine);
        choices(hostingBox, Hosting.values(), Hosting::displayName);
        hostingBox.valueProperty().bindBidirectional(form.hosting);
        choices(platformBox, KafkaPlatform.values(), KafkaPlatform::displayName);
        platformBox.valueProperty().bindBidirectional(form.platform);
        volumeUnitBox.getItems().setAll(FormViewModel.VOLUME_UNITS);
        volumeUnitBox.valueProperty().bindBidirectional(form.volumeUnit);
        bindField(versionField, form.version, versionError, form.versionError);
        bindField(volumeField, form.volume, volumeError, form.volumeError);
        bindField(rateField, form.rate, rateError, form.rateError);
        bindField(latencyField, form.latencyMillis, latencyError, form.latencyError);
        bindField(retentionField, form.retentionDays, retentionError, form.retentionError);
        updateHeavyBox.selectedProperty().bindBidirectional(form.updateHeavy);
        deleteHeavyBox.selectedProperty().bindBidirectional(form.deleteHeavy);
        appendOnlyBox.selectedProperty().bindBidirectional(form.appendOnly);
        burstyBox.selectedProperty().bindBidirectional(form.bursty);
        compositeBox.selectedProperty().bindBidirectional(form.compositeKeys);
        missingKeysBox.selectedProperty().bindBidirectional(form.missingKeys);
        exactlyOnceBox.selectedProperty().bindBidirectional(form.exactlyOnce);
        formMessage.textProperty().bind(form.message);
        formMessage.visibleProperty().bind(form.message.isNotEmpty());
        formMessage.managedProperty().bind(form.message.isNotEmpty());

        targetsBox.getItems().setAll(TargetKind.values());
        targetsBox.setConverter(converter(TargetKind.values(), TargetKind::displayName));
        syncTargetsToControl();
        form.targets.addListener((ListChangeListener<TargetKind>) c -> syncTargetsToControl());
        targetsBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<TargetKind>) c -> {
            if (syncingTargets) return;
            List<TargetKind> checked = List.copyOf(targetsBox.getCheckModel().getCheckedItems());
            if (!checked.equals(form.targets)) form.targets.setAll(checked);
        });
    }

    private void syncTargetsToControl() {
        syncingTargets = true;
        try {
            targetsBox.getCheckModel().clearChecks();
            for (TargetKind kind : form.targets) targetsBox.getCheckModel().check(kind);
        } finally {
            syncingTargets = false;
        }
    }

    private static <E> void choices(ComboBox<E> box, E[] values, Function<E, String> name) {
        box.getItems().setAll(values);
        box.setConverter(converter(values, name));
    }

    /** Shows enum values by their display names. */
    private static <E> StringConverter<E> converter(E[] values, Function<E, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public E fromString(String text) {
                for (E e : values) {
                    if (name.apply(e).equals(text)) return e;
                }
                return null;
            }
        };
    }

    private static void bindField(TextField field, StringProperty value, Label errorLabel, StringProperty error) {
        field.textProperty().bindBidirectional(value);
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(error.isNotEmpty());
        errorLabel.managedProperty().bind(error.isNotEmpty());
        error.addListener((obs, old, message) -> {
            field.getStyleClass().remove("invalid");
            if (!message.isEmpty()) field.getStyleClass().add("invalid");
        });
    }
}
