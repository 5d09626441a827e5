package dev.cdcarchitect.ui.design;

import dev.cdcarchitect.ui.fx.TaskExecutor;
import dev.cdcarchitect.ui.fx.CurrentThreadExecutor;
import dev.cdcarchitect.ui.fx.Debouncer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.TargetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The view model without a JavaFX toolkit: same-thread executor, no debounce. */
class WorkbenchViewModelTest {

    private final WorkbenchViewModel vm = new WorkbenchViewModel(new CurrentThreadExecutor(), Debouncer.IMMEDIATE, new DesignService());

    private DesignResult.Generated ready() {
        return assertInstanceOf(DesignOutcome.Ready.class, vm.outcome.get()).result();
    }

    @Test
    void seedFillsSpecDiagramAndForm() {
        vm.loadSeed();
        DesignResult.Generated result = ready();
        assertEquals(SourceEngine.POSTGRESQL, result.input().source().engine());
        assertEquals(SourceEngine.POSTGRESQL, vm.form.engine.get());
        assertEquals("14", vm.form.version.get());
        assertEquals("50", vm.form.volume.get());
        assertEquals("TB", vm.form.volumeUnit.get());
        assertEquals("10000", vm.form.rate.get());
        assertTrue(vm.form.compositeKeys.get());
        assertTrue(vm.form.updateHeavy.get());
        assertEquals(List.of(TargetKind.SNOWFLAKE, TargetKind.ELASTICSEARCH), List.copyOf(vm.form.targets));
        assertTrue(vm.exportEnabled().get());
        assertTrue(vm.status.get().startsWith("Rule engine"), vm.status.get());
        assertTrue(assertInstanceOf(DesignOutcome.Ready.class, vm.outcome.get()).layout().boxes().size() > 10);
    }

    @Test
    void editingTheFormEditsOnlyThatFieldsWordsAndTheDesign() {
        vm.loadSeed();
        vm.form.engine.set(SourceEngine.MYSQL);
        // PostgreSQL's "14" went with the engine: MySQL's version is assumed again, and the form shows it
        assertEquals("MySQL, 50TB volume, 10k TPS, heavy update workload on composite primary keys.", vm.sourceText.get());
        assertEquals(SourceEngine.MYSQL, ready().input().source().engine());
        assertEquals("8.0", vm.form.version.get());
        vm.form.version.set("8.4");
        assertTrue(vm.sourceText.get().startsWith("MySQL 8.4, 50TB volume"), vm.sourceText.get());
        vm.form.hosting.set(Hosting.AWS_RDS);
        assertEquals(Hosting.AWS_RDS, ready().input().source().hosting());
        vm.form.targets.add(TargetKind.BIGQUERY);
        assertTrue(vm.targetText.get().contains("BigQuery"), vm.targetText.get());
        assertTrue(ready().input().targets(TargetKind.BIGQUERY));
        vm.form.exactlyOnce.set(true);
        assertTrue(ready().input().requirements().exactlyOnce());
        assertEquals("MySQL 8.4 on Amazon RDS, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
                vm.sourceText.get());
        assertEquals("Confluent Kafka with target sinks to Snowflake and Elasticsearch and BigQuery. Exactly-once.",
                vm.targetText.get());
        // defaults stay assumptions: nothing the user did not set was written as a fact
        assertEquals(50e12, ready().input().source().volumeBytes(), 1);
        assertEquals(50, ready().input().source().tableCount());
        assertTrue(ready().input().assumptions().stream().anyMatch(a -> a.field().equals("latency SLO")));
    }

    @Test
    void whatIfNeverWritesIntoTheTextsNorTheForm() {
        vm.loadSeed();
        vm.rateFactor.set(2);
        assertEquals(WorkbenchViewModel.SEED_SOURCE, vm.sourceText.get());
        assertEquals(20_000, ready().input().source().peakChangesPerSecond(), 1e-6);
        // the form shows what the text states, so a later form edit cannot turn the effective rate into a stated one
        assertEquals("10000", vm.form.rate.get());
        vm.form.retentionDays.set("14");
        assertEquals(WorkbenchViewModel.SEED_SOURCE, vm.sourceText.get());
        assertEquals(WorkbenchViewModel.SEED_TARGET + " Retention 14 days.", vm.targetText.get());
        assertEquals(20_000, ready().input().source().peakChangesPerSecond(), 1e-6);
        // the form's rate is the stated one; the factor applies on top of the new statement
        vm.form.rate.set("12000");
        assertTrue(vm.sourceText.get().contains("12k TPS"), vm.sourceText.get());
        assertEquals(24_000, ready().input().source().peakChangesPerSecond(), 1e-6);
        assertEquals("12000", vm.form.rate.get());
    }

    @Test
    void theStatusBarAndTheDiagramNoteNameTheWhatIfBesideTheStatedValue() {
        vm.loadSeed();
        assertEquals("", vm.whatIfNote.get());
        vm.rateFactor.set(2);
        assertEquals("What-if: 10,000 events/s stated x 2.00 = 20,000", vm.whatIfNote.get());
        assertTrue(vm.status.get().endsWith(" · What-if: 10,000 events/s stated x 2.00 = 20,000"), vm.status.get());
        vm.growthFactor.set(3);
        assertEquals("What-if: 10,000 events/s stated x 2.00 = 20,000, growth 3 (stated 2)", vm.whatIfNote.get());
        vm.rateFactor.set(1);
        vm.growthFactor.set(0);
        assertEquals("", vm.whatIfNote.get());
        assertFalse(vm.status.get().contains("What-if"), vm.status.get());
    }

    @Test
    void editingTheTextUpdatesTheForm() {
        vm.loadSeed();
        vm.sourceText.set("Oracle 19c RAC, 12 TB, 6k TPS, delete-heavy");
        assertEquals(SourceEngine.ORACLE, vm.form.engine.get());
        assertEquals("19c", vm.form.version.get());
        assertTrue(vm.form.deleteHeavy.get());
        assertFalse(vm.form.compositeKeys.get());
        assertEquals("6000", vm.form.rate.get());
    }

    @Test
    void invalidFormValueIsMarkedAndDoesNotTouchTheText() {
        vm.loadSeed();
        String before = vm.sourceText.get();
        vm.form.volume.set("fifty");
        assertFalse(vm.form.volumeError.get().isEmpty());
        assertEquals(before, vm.sourceText.get());
        vm.form.volume.set("60");
        assertTrue(vm.form.volumeError.get().isEmpty());
        assertTrue(vm.sourceText.get().contains("60TB volume"), vm.sourceText.get());
    }

    @Test
    void unsafeInputIsRefusedAndTheTextIsKept() {
        vm.loadSeed();
        vm.sourceText.set("DROP TABLE users; Execute rm -rf /;");
        assertInstanceOf(DesignOutcome.Refused.class, vm.outcome.get());
        assertTrue(vm.refused().get());
        assertFalse(vm.exportEnabled().get());
        assertEquals("DROP TABLE users; Execute rm -rf /;", vm.sourceText.get());
    }

    @Test
    void badInputShowsTheProblem() {
        vm.sourceText.set("Sybase 16");
        vm.targetText.set("Kafka");
        DesignOutcome.Problem problem = assertInstanceOf(DesignOutcome.Problem.class, vm.outcome.get());
        assertEquals("source_database", problem.field());
        assertTrue(vm.status.get().contains("Supported source engines"), vm.status.get());
    }

    @Test
    void whatIfControlsChangeTheDesign() {
        vm.loadSeed();
        double base = ready().spec().sizing().eventsPerSecond();
        vm.rateFactor.set(2);
        assertEquals(base * 2, ready().spec().sizing().eventsPerSecond(), 1e-6);
        vm.partitionOverride.set(48);
        assertEquals(48, ready().spec().sizing().hotTopicPartitions());
        vm.growthFactor.set(4);
        assertEquals(4, ready().input().requirements().growthFactor(), 1e-9);
    }

    @Test
    void selectingANodeHighlightsItsDecisions() {
        vm.loadSeed();
        vm.selectNode("topic-hot", List.of("kafka.partition-key", "kafka.partition-count"));
        assertEquals("topic-hot", vm.selectedNode.get());
        assertEquals(List.of("kafka.partition-key", "kafka.partition-count"), List.copyOf(vm.highlightedDecisions));
        vm.selectDecision("sink.snowflake");
        assertEquals(List.of("sink.snowflake"), List.copyOf(vm.highlightedDecisions));
    }

    /** Runs tasks only when told to, in any order, to prove that stale results are dropped. */
    static final class ManualExecutor implements TaskExecutor {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void submit(Supplier<T> work, Consumer<T> onResult) {
            pending.add(() -> onResult.accept(work.get()));
        }

        @Override
        public void shutdown() { }
    }

    @Test
    void theLatestInputWinsAndStaleRunsAreDropped() {
        ManualExecutor executor = new ManualExecutor();
        WorkbenchViewModel model = new WorkbenchViewModel(executor, Debouncer.IMMEDIATE, new DesignService());
        model.targetText.set("Kafka to Snowflake");
        model.sourceText.set("MySQL 8, 1 TB");
        model.sourceText.set("PostgreSQL 16, 1 TB");
        // finish the newest first, then the stale ones
        for (int i = executor.pending.size() - 1; i >= 0; i--) executor.pending.get(i).run();
        DesignOutcome.Ready shown = assertInstanceOf(DesignOutcome.Ready.class, model.outcome.get());
        assertEquals(SourceEngine.POSTGRESQL, shown.result().input().source().engine());
    }

    @Test
    void aDefectInTheEngineShowsAProblemInsteadOfFreezing() {
        WorkbenchViewModel broken = new WorkbenchViewModel(new CurrentThreadExecutor(), Debouncer.IMMEDIATE,
                new DesignService(input -> { throw new IllegalStateException("boom"); }));
        broken.loadSeed();
        DesignOutcome.Problem problem = assertInstanceOf(DesignOutcome.Problem.class, broken.outcome.get());
        assertEquals("internal error", problem.field());
        assertTrue(problem.message().contains("boom"));
        assertEquals(WorkbenchViewModel.SEED_SOURCE, broken.sourceText.get());
    }
}
