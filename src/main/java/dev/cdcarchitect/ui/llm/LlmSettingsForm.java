package dev.cdcarchitect.ui.llm;

import dev.cdcarchitect.llm.client.LlmProvider;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The LLM settings dialog's fields, laid out; the dialog ({@link LlmSettingsDialog}) adds the buttons and the work. */
public final class LlmSettingsForm {

    public final ChoiceBox<LlmProvider> provider = new ChoiceBox<>();
    public final TextField baseUrl;
    public final TextField model;
    public final PasswordField key = new PasswordField();
    public final CheckBox keep = new CheckBox("Keep in the OS keychain");
    public final Button test = new Button("Test connection");
    public final Label result = new Label();
    private final GridPane grid = new GridPane();
    private static final double FIELD_WIDTH = 420;

    public LlmSettingsForm(LlmViewModel vm) {
        provider.getItems().setAll(LlmProvider.values());
        provider.setConverter(new StringConverter<>() {
            @Override public String toString(LlmProvider p) { return p == null ? "" : p.displayName(); }
            @Override public LlmProvider fromString(String s) { return null; }
        });
        provider.setValue(vm.provider.get());
        provider.setAccessibleText("Provider protocol");
        baseUrl = new TextField(vm.baseUrl.get());
        baseUrl.setAccessibleText("Base URL");
        baseUrl.setPromptText("https://api.openai.com/v1 · http://localhost:11434/v1 (Ollama)");
        provider.valueProperty().addListener((obs, old, now) -> {
            if (old != null && baseUrl.getText().equals(old.defaultBaseUrl())) baseUrl.setText(now.defaultBaseUrl());
        });
        model = new TextField(vm.model.get());
        model.setPromptText("from the prompt file (gpt-4o)");
        model.setAccessibleText("Model name");
        key.setText(vm.apiKey.get());
        key.setPromptText("or set OPENAI_API_KEY / ANTHROPIC_API_KEY");
        key.setAccessibleText("API key");
        keep.setDisable(true);
        // Long texts arrive later (keychain state, test result): they wrap within the fields' width and grow down.
        for (javafx.scene.control.Labeled late : new javafx.scene.control.Labeled[] {keep, result}) {
            late.setWrapText(true);
            late.setPrefWidth(FIELD_WIDTH);
            late.setMinHeight(Region.USE_PREF_SIZE);
        }
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("Provider"), provider);
        grid.addRow(1, label("Base URL"), baseUrl);
        grid.addRow(2, label("Model"), model);
        grid.addRow(3, label("API key"), key);
        grid.add(keep, 1, 4);
        grid.add(test, 1, 5);
        grid.add(result, 1, 6);
        baseUrl.setPrefColumnCount(34);
    }

    /** A field name never shrinks to "Prov…" when the dialog is narrower than its content. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    public Parent content() {
        return grid;
    }

    /** Copies the fields into the view model (on OK, and before a connection test). */
    void apply(LlmViewModel vm) {
        vm.provider.set(provider.getValue());
        vm.baseUrl.set(baseUrl.getText().trim());
        vm.model.set(model.getText().trim());
        vm.apiKey.set(key.getText());
    }
}
