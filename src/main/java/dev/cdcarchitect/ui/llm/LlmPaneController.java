package dev.cdcarchitect.ui.llm;

import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The LLM pane (llm.fxml): asks with the workbench's texts and shows the streamed answer and the checker's findings. */
public final class LlmPaneController {

    @FXML VBox llmPane;
    @FXML Label llmStatus;
    @FXML VBox llmFindingsBox;
    @FXML ListView<String> llmFindings;
    @FXML TextArea llmText;
    @FXML Button askLlmButton;
    @FXML Button cancelLlmButton;

    private final LlmViewModel llm;
    private final WorkbenchViewModel workbench;
    private final Executor worker;
    private final KeyChain keyChain;
    private boolean keyChainRead;

    public LlmPaneController(LlmViewModel llm, WorkbenchViewModel workbench, Executor worker, KeyChain keyChain) {
        this.llm = llm;
        this.workbench = workbench;
        this.worker = worker;
        this.keyChain = keyChain;
    }

    @FXML
    void initialize() {
        llmStatus.textProperty().bind(llm.status);
        llm.answer.addListener((obs, old, now) -> {
            // Appending keeps a long streamed answer cheap to show; anything else replaces the text.
            if (now.startsWith(old) && !old.isEmpty()) llmText.appendText(now.substring(old.length()));
            else llmText.setText(now);
        });
        llmFindings.setItems(llm.findings);
        var showFindings = Bindings.isNotEmpty(llm.findings).and(llm.state.isEqualTo(LlmViewModel.State.DONE));
        llmFindingsBox.visibleProperty().bind(showFindings);
        llmFindingsBox.managedProperty().bind(showFindings);
        var streaming = llm.state.isEqualTo(LlmViewModel.State.STREAMING);
        cancelLlmButton.visibleProperty().bind(streaming);
        cancelLlmButton.managedProperty().bind(streaming);
        askLlmButton.disableProperty().bind(streaming);
    }

    public VBox pane() {
        return llmPane;
    }

    /** The first time the LLM is chosen: a key kept in the OS keychain is read, off the FX thread. */
    public void readKeyChainOnce() {
        if (keyChainRead) return;
        keyChainRead = true;
        var provider = llm.provider.get();
        worker.execute(() -> keyChain.load(provider).ifPresent(key -> Platform.runLater(() -> {
            if (llm.apiKey.get().isBlank()) llm.apiKey.set(key);
        })));
    }

    public void openSettings(Window owner) {
        LlmSettingsDialog.show(owner, llm, keyChain, worker, Platform::runLater);
    }

    @FXML public void askLlm() {
        if (llm.engine.get() != LlmViewModel.Engine.LLM) llm.engine.set(LlmViewModel.Engine.LLM);
        llm.ask(workbench.sourceText.get(), workbench.targetText.get());
    }

    @FXML void cancelLlm() { llm.cancel(); }

    @FXML void keepLlm() { llm.keep(); }

    @FXML void useRules() { llm.engine.set(LlmViewModel.Engine.RULES); }
}
