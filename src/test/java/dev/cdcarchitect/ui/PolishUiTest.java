package dev.cdcarchitect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.llm.prompt.PromptFileLoader;
import dev.cdcarchitect.ui.llm.KeyChain;
import dev.cdcarchitect.ui.llm.LlmSettingsDialog;
import dev.cdcarchitect.ui.llm.LlmSettingsForm;
import dev.cdcarchitect.ui.llm.LlmViewModel;
import dev.cdcarchitect.ui.spec.SpecItem;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The smaller items of the window: readable selected cards, whole config lines and words, the LLM pane and settings. */
class PolishUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1440);
    }

    /** The spec list, scrolled to its first decision card that has a config block. */
    private ListView<?> specList(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#specList").queryAs(ListView.class);
        // Read the items on the FX thread: the design job replaces them there (CI saw a ConcurrentModificationException).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> list.getItems().stream()
                .anyMatch(i -> i instanceof SpecItem.DecisionItem)).get());
        robot.interact(() -> list.scrollTo(firstCardWithConfig(list)));
        WaitForAsyncUtils.waitForFxEvents();
        return list;
    }

    private static int firstCardWithConfig(ListView<?> list) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof SpecItem.DecisionItem d && !d.decision().config().isEmpty()) return i;
        }
        throw new AssertionError("no decision with config");
    }

    @Test
    void aSelectedDecisionCardKeepsDarkText(FxRobot robot) throws Exception {
        ListView<?> list = specList(robot);
        int card = firstCardWithConfig(list);
        Node title = robot.lookup(".decision-title").queryAll().stream()
                .filter(n -> ((Label) n).getText().equals(((SpecItem.DecisionItem) list.getItems().get(card)).decision().title()))
                .findFirst().orElseThrow();
        robot.clickOn(title); // focuses the list, selects the row and highlights the card, as a user's click does
        WaitForAsyncUtils.waitForFxEvents();
        Node selected = robot.lookup(".list-cell:selected .decision").query();
        assertFalse(selected.lookupAll(".code").isEmpty(), "the selected card has a config block");
        for (Node heading : selected.lookupAll(".decision-title")) {
            Color fill = (Color) ((Label) heading).getTextFill();
            assertTrue(fill.getBrightness() < 0.5, "selected card title is dark: " + fill);
        }
        for (Node code : selected.lookupAll(".code")) {
            Color fill = (Color) ((Label) code).getTextFill();
            assertTrue(fill.getBrightness() < 0.5, "selected card config is dark: " + fill);
        }
    }

    @Test
    void configLinesAreShownWholeNeverCutWithAnEllipsis(FxRobot robot) throws Exception {
        specList(robot);
        List<Label> codes = robot.lookup(".code").queryAllAs(Label.class).stream().toList();
        assertFalse(codes.isEmpty(), "config blocks on screen");
        for (Label code : codes) assertShownWhole(code);
    }

    @Test
    void tableCellsNeverWrapInsideAWord(FxRobot robot) throws Exception {
        specList(robot);
        robot.interact(() -> {
            ListView<?> list = robot.lookup(".spec-list").queryAs(ListView.class);
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i) instanceof SpecItem.Sizing) list.scrollTo(i);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> cells = robot.lookup(".table-cell").queryAllAs(Text.class).stream().toList();
        assertTrue(cells.stream().anyMatch(t -> t.getText().contains("tasks/members")), "the sizing table is on screen");
        for (Text cell : cells) {
            Text probe = new Text();
            probe.setFont(cell.getFont());
            for (String word : cell.getText().split("\\s+")) {
                probe.setText(word);
                assertTrue(probe.getLayoutBounds().getWidth() <= cell.getWrappingWidth() || cell.getWrappingWidth() == 0,
                        "\"" + word + "\" fits its cell's wrapping width " + cell.getWrappingWidth());
            }
        }
    }

    @Test
    void theLlmAnswerPlaceholderHoldsNoWarmUpCharacters(FxRobot robot) throws Exception {
        robot.clickOn("#llmEngineButton");
        FxWait.until(10, () -> robot.lookup("#llmText").tryQuery().isPresent());
        TextArea answer = robot.lookup("#llmText").queryAs(TextArea.class);
        assertFalse(answer.getPromptText().contains("0123456789"), answer.getPromptText());
        assertTrue(answer.getPromptText().endsWith("."), answer.getPromptText());
        Text warmup = robot.lookup(".glyph-warmup").queryAs(Text.class); // the glyphs are still warmed, invisibly
        assertEquals(0.0, ((Color) warmup.getFill()).getOpacity(), "drawn in a transparent fill");
        assertFalse(warmup.isManaged(), "takes no room in the pane");
    }

    /** Texts that arrive after the dialog is shown (keychain state, test result) are shown whole too. */
    @Test
    void llmSettingsShowWholeLabelsTheProvidersNameAndTheWholeTestResult(FxRobot robot) {
        LlmViewModel llm = new LlmViewModel(new PromptFileLoader().loadBundled(), Runnable::run, Runnable::run);
        KeyChain keychain = new KeyChain(); // available or not, the texts below are set after the dialog shows
        LlmSettingsDialog.Parts[] parts = new LlmSettingsDialog.Parts[1];
        robot.interact(() -> {
            parts[0] = LlmSettingsDialog.create(window.scene().getWindow(), llm, keychain, Runnable::run, Runnable::run);
            parts[0].dialog().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        LlmSettingsForm form = parts[0].form();
        robot.interact(() -> {
            form.keep.setText("Keep in the OS keychain (not available here: kept for this session only)");
            form.result.setText("Not connected: the server at https://api.openai.com/v1 answered 401 Unauthorized: the API key "
                    + "was refused; check the key or set OPENAI_API_KEY.");
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            for (Label label : robot.from(form.content()).lookup(".label").queryAllAs(Label.class)) {
                if (label.getParent() != form.provider.lookup(".label").getParent()) assertShownWhole(label);
            }
            assertShownWhole(form.keep);
            Text shown = (Text) form.provider.lookup(".label").lookup(".text");
            assertEquals("OpenAI-compatible", shown.getText());
        } finally {
            robot.interact(() -> parts[0].dialog().close());
        }
    }

    /** Whole: every line of the text is drawn, and no line ends in an ellipsis the text does not have. */
    private static void assertShownWhole(Labeled labeled) {
        Text text = (Text) labeled.lookup(".text");
        if (labeled.getText() == null || labeled.getText().isEmpty()) return;
        String shown = text.getText().replaceAll("\\s+", " ").trim();
        assertEquals(labeled.getText().replaceAll("\\s+", " ").trim(), shown, "shown whole: " + labeled.getText());
        assertTrue(labeled.getHeight() + 0.5 >= text.getLayoutBounds().getHeight(), "every line visible: " + labeled.getText());
    }
}
