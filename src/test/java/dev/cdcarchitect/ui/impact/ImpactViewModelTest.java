package dev.cdcarchitect.ui.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.impact.ChangeKind;
import dev.cdcarchitect.impact.Finding;
import dev.cdcarchitect.impact.ImpactReport;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.fx.Debouncer;
import dev.cdcarchitect.ui.fx.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The impact panel's state without a toolkit: picked and written changes, messages, re-runs and stale results. */
class ImpactViewModelTest {

    /** Holds each submitted analysis until the test runs it, as the worker thread would, in any order. */
    static final class HeldExecutor implements TaskExecutor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void submit(Supplier<T> work, Consumer<T> onResult) {
            held.add(() -> onResult.accept(work.get()));
        }

        void runAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public void shutdown() { }
    }

    private static final DesignService SERVICE = new DesignService();
    private final ObjectProperty<DesignOutcome> design = new SimpleObjectProperty<>(ready(WorkbenchViewModel.SEED_SOURCE));
    private final HeldExecutor worker = new HeldExecutor();
    private final ImpactViewModel vm = new ImpactViewModel(design, worker, Debouncer.IMMEDIATE);

    private static DesignOutcome ready(String source) {
        return new DesignOutcome.Ready((DesignResult.Generated) SERVICE.design(source, WorkbenchViewModel.SEED_TARGET), DiagramLayout.EMPTY, 1);
    }

    private void pickWidening() {
        vm.kind.set(ChangeKind.WIDEN_TYPE);
        vm.table.set("orders");
        vm.column.set("qty");
        vm.from.set("int");
        vm.to.set("bigint");
    }

    @Test
    void aPickedChangeWritesThePhraseAndGivesTheReport() {
        vm.open.set(true);
        pickWidening();
        assertEquals("change orders.qty from int to bigint", vm.phrase.get());
        worker.runAll();
        ImpactReport report = vm.report.get();
        assertNotNull(report, vm.message.get());
        assertEquals("", vm.message.get());
        assertEquals(ChangeKind.WIDEN_TYPE, report.change().kind());
        assertEquals("qty", report.change().column());
        assertTrue(report.findings().stream().anyMatch(f -> f.stage() == Finding.Stage.SOURCE), report.findings().toString());
        assertTrue(report.findings().stream().anyMatch(f -> f.stage() == Finding.Stage.SINK), report.findings().toString());
        assertFalse(report.runbook().isEmpty());
        assertTrue(vm.runbookText().startsWith("1. " + report.runbook().get(0)), vm.runbookText());
    }

    @Test
    void fieldsTheKindNeedsAreNamedUntilFilledIn() {
        vm.open.set(true);
        vm.kind.set(ChangeKind.RENAME_COLUMN);
        vm.table.set("orders");
        vm.column.set("note");
        worker.runAll();
        assertNull(vm.report.get());
        assertEquals("To see the impact, fill in: new name.", vm.message.get());
        assertEquals("", vm.phrase.get());
        vm.newName.set("remark");
        worker.runAll();
        assertNotNull(vm.report.get(), vm.message.get());
        assertEquals("remark", vm.report.get().change().newName());
    }

    @Test
    void aPhraseItCannotReadIsSaidInThePanel() {
        vm.open.set(true);
        vm.phrase.set("frobnicate the orders table");
        worker.runAll();
        assertNull(vm.report.get());
        assertTrue(vm.message.get().startsWith("'frobnicate the orders table' is not a change this simulator reads."), vm.message.get());
        assertTrue(vm.message.get().contains("change [TABLE.]COLUMN from TYPE to TYPE"), "it lists the forms it reads");
    }

    @Test
    void aPhraseWithoutATableAsksForTheTableFieldNotTheCommandLineOption() {
        vm.open.set(true);
        vm.phrase.set("drop column note");
        worker.runAll();
        assertNull(vm.report.get());
        assertTrue(vm.message.get().contains("fill in the Table field"), vm.message.get());
        assertFalse(vm.message.get().contains("--table"), vm.message.get());
        vm.table.set("orders");
        worker.runAll();
        assertNotNull(vm.report.get(), vm.message.get());
        assertEquals("orders", vm.report.get().change().table());
    }

    @Test
    void aWrittenPhraseFillsThePicker() {
        vm.open.set(true);
        vm.phrase.set("rename column note to remark on orders");
        worker.runAll();
        assertEquals(ChangeKind.RENAME_COLUMN, vm.kind.get());
        assertEquals("orders", vm.table.get());
        assertEquals("note", vm.column.get());
        assertEquals("remark", vm.newName.get());
        assertEquals("rename column note to remark on orders", vm.phrase.get(), "filling the picker does not rewrite the user's phrase");
    }

    @Test
    void aChangeTheDesignCannotTakeIsSaidNotThrown() {
        design.set(ready("MySQL 8, 2 TB, 3k TPS."));
        vm.open.set(true);
        vm.phrase.set("attach partition orders_2027 to orders");
        worker.runAll();
        assertNull(vm.report.get());
        assertTrue(vm.message.get().contains("is a PostgreSQL change"), vm.message.get());
    }

    @Test
    void aNewDesignRerunsTheChange() {
        vm.open.set(true);
        pickWidening();
        worker.runAll();
        String before = vm.report.get().findings().get(0).component();
        design.set(ready("MySQL 8, 2 TB, 3k TPS, heavy updates."));
        assertEquals(1, worker.held.size(), "the new design is analysed again");
        worker.runAll();
        assertNotEquals(before, vm.report.get().findings().get(0).component(), "the source finding is the new design's");
    }

    @Test
    void aStaleResultIsDropped() {
        vm.open.set(true);
        pickWidening();
        List<Runnable> older = List.copyOf(worker.held);
        worker.held.clear();
        vm.to.set("numeric(20,0)"); // a newer change while the first is still being analysed
        older.forEach(Runnable::run); // the older answer arrives late
        assertNull(vm.report.get(), "an answer to an earlier change is not shown");
        worker.runAll();
        assertEquals("numeric(20,0)", vm.report.get().change().to().written());
    }

    @Test
    void aClosedPanelDoesNotAnalyse() {
        pickWidening();
        design.set(ready("MySQL 8, 2 TB, 3k TPS."));
        assertTrue(worker.held.isEmpty());
        vm.open.set(true);
        assertEquals(1, worker.held.size(), "opening analyses the change picked meanwhile");
    }

    @Test
    void theDesignsOneNamedTableFillsTheTableField() {
        assertEquals("", vm.table.get(), "the seed names no table");
        design.set(ready("PostgreSQL 15, 4 TB. The orders table (1.2 TB) takes 70% of the writes."));
        assertEquals("orders", vm.table.get());
        vm.table.set("payments");
        design.set(ready("PostgreSQL 15, 4 TB. The items table (1.2 TB) takes 70% of the writes."));
        assertEquals("payments", vm.table.get(), "a table the user typed is kept");
    }
}
