package dev.cdcarchitect.ui.llm;

import dev.cdcarchitect.llm.client.LlmProvider;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Provider, base URL, model and key, with "Test connection". The key field shows dots; with "Keep in the OS
 * keychain" it is stored there (off the FX thread), otherwise only for this session.
 */
public final class LlmSettingsDialog {

    private LlmSettingsDialog() {}

    public static void show(Window owner, LlmViewModel vm, KeyChain keyChain, Executor io, Consumer<Runnable> ui) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("LLM settings");
        ChoiceBox<LlmProvider> provider = new ChoiceBox<>();
        provider.getItems().setAll(LlmProvider.values());
        provider.setValue(vm.provider.get());
        provider.setAccessibleText("Provider protocol");
        TextField baseUrl = new TextField(vm.baseUrl.get());
        baseUrl.setAccessibleText("Base URL");
        baseUrl.setPromptText("https://api.openai.com/v1 · http://localhost:11434/v1 (Ollama)");
        provider.valueProperty().addListener((obs, old, now) -> {
            if (old != null && baseUrl.getText().equals(old.defaultBaseUrl())) baseUrl.setText(now.defaultBaseUrl());
        });
        TextField model = new TextField(vm.model.get());
        model.setPromptText("from the prompt file (gpt-4o)");
        model.setAccessibleText("Model name");
        PasswordField key = new PasswordField();
        key.setText(vm.apiKey.get());
        key.setPromptText("or set OPENAI_API_KEY / ANTHROPIC_API_KEY");
        key.setAccessibleText("API key");
        CheckBox keep = new CheckBox("Keep in the OS keychain");
        keep.setDisable(true);
        io.execute(() -> {
            boolean available = keyChain.available();
            ui.accept(() -> {
                keep.setDisable(!available);
                if (!available) keep.setText("Keep in the OS keychain (not available here: kept for this session only)");
            });
        });
        Label result = new Label();
        result.setWrapText(true);
        Button test = new Button("Test connection");
        test.setOnAction(e -> {
            apply(vm, provider, baseUrl, model, key);
            result.setText("Testing…");
            vm.testConnection(result::setText);
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Provider"), provider);
        grid.addRow(1, new Label("Base URL"), baseUrl);
        grid.addRow(2, new Label("Model"), model);
        grid.addRow(3, new Label("API key"), key);
        grid.add(keep, 1, 4);
        grid.add(test, 1, 5);
        grid.add(result, 1, 6);
        baseUrl.setPrefColumnCount(34);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            apply(vm, provider, baseUrl, model, key);
            if (keep.isSelected() && !key.getText().isBlank()) {
                LlmProvider p = provider.getValue();
                String secret = key.getText();
                io.execute(() -> keyChain.store(p, secret));
            }
        });
    }

    private static void apply(LlmViewModel vm, ChoiceBox<LlmProvider> provider, TextField baseUrl, TextField model, PasswordField key) {
        vm.provider.set(provider.getValue());
        vm.baseUrl.set(baseUrl.getText().trim());
        vm.model.set(model.getText().trim());
        vm.apiKey.set(key.getText());
    }
}
