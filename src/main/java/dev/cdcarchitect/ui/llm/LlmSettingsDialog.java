package dev.cdcarchitect.ui.llm;

import dev.cdcarchitect.llm.client.LlmProvider;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Provider, base URL, model and key, with "Test connection". The key field shows dots; with "Keep in the OS
 * keychain" it is stored there (off the FX thread), otherwise only for this session.
 */
public final class LlmSettingsDialog {

    /** The dialog and its fields, so a test can show it without blocking. */
    public record Parts(Dialog<ButtonType> dialog, LlmSettingsForm form) {}

    private LlmSettingsDialog() {}

    public static void show(Window owner, LlmViewModel vm, KeyChain keyChain, Executor io, Consumer<Runnable> ui) {
        Parts parts = create(owner, vm, keyChain, io, ui);
        LlmSettingsForm form = parts.form();
        parts.dialog().showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            form.apply(vm);
            if (form.keep.isSelected() && !form.key.getText().isBlank()) {
                LlmProvider p = form.provider.getValue();
                String secret = form.key.getText();
                io.execute(() -> keyChain.store(p, secret));
            }
        });
    }

    public static Parts create(Window owner, LlmViewModel vm, KeyChain keyChain, Executor io, Consumer<Runnable> ui) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("LLM settings");
        LlmSettingsForm form = new LlmSettingsForm(vm);
        io.execute(() -> {
            boolean available = keyChain.available();
            ui.accept(() -> {
                form.keep.setDisable(!available);
                if (!available) form.keep.setText("Keep in the OS keychain (not available here: kept for this session only)");
            });
        });
        form.test.setOnAction(e -> {
            form.apply(vm);
            form.result.setText("Testing…");
            vm.testConnection(form.result::setText);
        });
        dialog.getDialogPane().setContent(form.content());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        // Texts that arrive after the dialog is shown (keychain, test result) grow it instead of being cut.
        form.keep.textProperty().addListener((obs, old, now) -> fit(dialog));
        form.result.textProperty().addListener((obs, old, now) -> fit(dialog));
        return new Parts(dialog, form);
    }

    private static void fit(Dialog<ButtonType> dialog) {
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().applyCss();
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
