package dev.cdcarchitect.ui.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.ui.fx.CurrentThreadExecutor;
import dev.cdcarchitect.ui.fx.Debouncer;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workbench's marks without a toolkit: from each design, kept in step with typing until the next one. */
class WorkbenchMarksTest {

    /** Holds the regeneration back, as the real debounce does while the user types. */
    private final List<Runnable> pending = new ArrayList<>();
    private final Debouncer held = pending::add;
    private final WorkbenchViewModel vm = new WorkbenchViewModel(new CurrentThreadExecutor(), held, new DesignService());

    private void regenerate() {
        Runnable last = pending.get(pending.size() - 1);
        pending.clear();
        last.run();
    }

    private List<String> sourceWords() {
        String text = vm.sourceText.get();
        return vm.sourceMarks.visible().stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void aDesignMarksBothTexts() {
        vm.sourceText.set(ExampleTexts.SOURCE);
        vm.targetText.set(ExampleTexts.TARGET);
        assertTrue(vm.sourceMarks.visible().isEmpty(), "no design yet, no marks");
        regenerate();
        assertTrue(sourceWords().containsAll(List.of("MySQL", "orders", "ssn", "Peak 8,000 row changes/s", "WAL generation 200 GB/day")),
                sourceWords().toString());
        assertFalse(vm.targetMarks.visible().isEmpty());
    }

    @Test
    void typingDropsOnlyTheMarksOfChangedWordsUntilTheNextDesign() {
        vm.sourceText.set(ExampleTexts.SOURCE);
        vm.targetText.set(ExampleTexts.TARGET);
        regenerate();
        int before = vm.sourceMarks.visible().size();
        int at = ExampleTexts.SOURCE.indexOf("orders") + "orders".length();
        vm.sourceText.set(ExampleTexts.SOURCE.substring(0, at) + "_v2" + ExampleTexts.SOURCE.substring(at));
        assertEquals(before - 1, vm.sourceMarks.visible().size());
        assertFalse(sourceWords().contains("orders"));
        assertFalse(sourceWords().contains("orders_v2"), "not read yet");
        assertTrue(sourceWords().contains("payments"), "marks after the edit move with the text: " + sourceWords());
        assertTrue(sourceWords().contains("Peak 8,000 row changes/s"), sourceWords().toString());

        regenerate();
        assertTrue(sourceWords().contains("orders_v2"), sourceWords().toString());
        assertEquals(before, vm.sourceMarks.visible().size());
    }

    @Test
    void aDesignOfAnOlderTextIsFollowedToTheCurrentOne() {
        vm.sourceText.set(ExampleTexts.SOURCE);
        vm.targetText.set(ExampleTexts.TARGET);
        Runnable designOfOldText = pending.get(pending.size() - 1);
        vm.sourceText.set("Note: " + ExampleTexts.SOURCE); // typed while that design was being made
        pending.clear();
        designOfOldText.run();
        assertTrue(sourceWords().containsAll(List.of("MySQL", "payments", "WAL generation 200 GB/day")), sourceWords().toString());
    }

    @Test
    void anUnsafeInputClearsMarksAndObjects() {
        vm.sourceText.set(ExampleTexts.SOURCE);
        vm.targetText.set(ExampleTexts.TARGET);
        regenerate();
        assertFalse(vm.objects.rows.isEmpty());
        vm.sourceText.set("DROP TABLE users; Execute rm -rf /;");
        regenerate();
        assertTrue(vm.sourceMarks.visible().isEmpty());
        assertTrue(vm.targetMarks.visible().isEmpty());
        assertTrue(vm.objects.rows.isEmpty());
    }
}
