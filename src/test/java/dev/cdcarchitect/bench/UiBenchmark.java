package dev.cdcarchitect.bench;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.ui.fx.Debouncer;
import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.fx.FxDebouncer;
import dev.cdcarchitect.ui.fx.FxTaskExecutor;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.WorkbenchWindow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Window benchmarks (run with bench/ui.sh), headless on Monocle with software rendering:
 * <ol>
 *   <li>changed input to new spec and diagram drawn (the layout pulse in which both are in the window; the spec
 *       follows the diagram by one frame), for the seed case and for a 500-table design with a 3,000-partition
 *       topic; the debounce wait is excluded and each run starts from an idle window;</li>
 *   <li>the longest frame gap of each redraw while frames run continuously, for small changes (the rate) and for
 *       changes that replace every row of the spec (PostgreSQL and MySQL alternating): a distribution, where the
 *       typing run below gives one redraw;</li>
 *   <li>the longest gap between two frames while text is typed at 25 characters per second with the real
 *       120 ms debounce.</li>
 * </ol>
 */
public final class UiBenchmark {

    private static final int RUNS = 40;
    private static final int WARMUP = 20;
    private static final int TYPING_RUNS = 5;
    private static final String TYPED = "MySQL 8.0 on Amazon RDS, 4 TB, 3k TPS with peaks of 9k TPS, JSON columns, 300 tables, bursty";

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false); // windows are closed between measurements

        String seedSource = WorkbenchViewModel.SEED_SOURCE;
        String seedTarget = WorkbenchViewModel.SEED_TARGET;
        report("seed case", redraw(seedSource, seedTarget, 0, false));
        // Each run a peak rate not seen before: the sizing, the consumers and so the boxes change every time, so a
        // layout is reused only where the shape truly repeats (the two-rate runs above reuse theirs after warm-up).
        report("seed case, a new peak rate every run", redraw(seedSource, seedTarget, 0, false, null));
        redraw(seedSource, seedTarget, 0, true);
        reportGaps("seed case, rate changes");
        redraw(seedSource, seedTarget, 0, true, TYPED);
        reportGaps("seed case <-> MySQL (every row changes)");
        String largeSource = "PostgreSQL 14, 500 tables, 40 TB, 50k TPS, composite primary keys, read replicas";
        String largeTarget = "Confluent Kafka with sinks to Snowflake, Elasticsearch, BigQuery, S3 and a PostgreSQL replica";
        report("500 tables, 3,000-partition topic", redraw(largeSource, largeTarget, 3000, false));
        redraw(largeSource, largeTarget, 3000, true);
        reportGaps("500 tables");
        // Typing: every frame gap of several typing runs (issue 16 target: p99 at most 33 ms), and each run's longest gap.
        List<Double> gaps = new ArrayList<>();
        List<Double> longest = new ArrayList<>();
        for (int run = 0; run < TYPING_RUNS; run++) {
            List<Double> runGaps = typingFrameGaps();
            gaps.addAll(runGaps);
            longest.add(Collections.max(runGaps));
        }
        Collections.sort(gaps);
        Collections.sort(longest);
        System.out.printf(Locale.ROOT, "frame gaps while typing 25 chars/s (%d runs, %d frames): median %.1f ms, p99 %.1f ms (target: p99 at most 33 ms); "
                        + "longest gap per run: median %.1f ms, max %.1f ms%n", TYPING_RUNS, gaps.size(), gaps.get(gaps.size() / 2),
                gaps.get((int) Math.floor(gaps.size() * 0.99)), longest.get(longest.size() / 2), longest.get(longest.size() - 1));
        Platform.exit();
        System.exit(0);
    }

    private static void report(String name, List<Double> millis) {
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "input -> spec and diagram drawn, %s: median %.1f ms, p90 %.1f ms (%d runs)%n", name,
                millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)), millis.size());
    }

    /** Longest frame gap of each measured redraw, from the frame after the edit until the drawn frame. */
    private static final List<Double> redrawGaps = new ArrayList<>();

    private static void reportGaps(String name) {
        List<Double> gaps = new ArrayList<>(redrawGaps);
        redrawGaps.clear();
        Collections.sort(gaps);
        System.out.printf(Locale.ROOT, "  longest frame gap per redraw, %s: median %.1f ms, p90 %.1f ms, max %.1f ms%n", name,
                gaps.get(gaps.size() / 2), gaps.get((int) (gaps.size() * 0.9)), gaps.get(gaps.size() - 1));
    }

    /**
     * Alternates between two rates so every run redraws; measures until the layout pulse that has both spec and
     * diagram. With {@code measureGaps}, frames run throughout (as while typing) and the longest frame gap of each
     * redraw is recorded as well; the times of that pass are not reported.
     */
    private static List<Double> redraw(String source, String target, int partitions, boolean measureGaps) throws Exception {
        return redraw(source, target, partitions, measureGaps, source + " Peaks of 60k TPS.");
    }

    /** As above, alternating {@code source} with {@code otherSource}; null: a new peak rate every run. */
    private static List<Double> redraw(String source, String target, int partitions, boolean measureGaps, String otherSource)
            throws Exception {
        List<Double> times = new ArrayList<>();
        WorkbenchViewModel vm = onFx(() -> new WorkbenchViewModel(new FxTaskExecutor(), Debouncer.IMMEDIATE, new DesignService()));
        WorkbenchWindow window = onFx(() -> {
            WorkbenchWindow w = new WorkbenchWindow(vm, dev.cdcarchitect.ui.TestServices.create(), 1600, 1000);
            Stage stage = new Stage();
            stage.setScene(w.scene());
            stage.show();
            vm.partitionOverride.set(partitions);
            vm.targetText.set(target);
            return w;
        });
        // Frames run continuously (as while the user types), so the gaps a redraw causes are visible.
        long[] last = {0};
        double[] worst = {0};
        AnimationTimer frames = onFx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (last[0] != 0) worst[0] = Math.max(worst[0], (t - last[0]) / 1e6);
                    last[0] = t;
                }
            };
            if (measureGaps) timer.start();
            return timer;
        });
        for (int i = 0; i < RUNS + WARMUP; i++) {
            if (measureGaps) Thread.sleep(50);
            onFx(() -> worst[0] = 0);
            String text = otherSource == null ? source + " Peaks of " + (61 + i) + "k TPS."
                    : i % 2 == 0 ? source : otherSource;
            CompletableFuture<Double> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = System.nanoTime();
                window.controller().drawnOutcome().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends DesignOutcome> o, DesignOutcome a, DesignOutcome b) {
                        window.controller().drawnOutcome().removeListener(this);
                        Runnable[] probe = new Runnable[1];
                        probe[0] = () -> {
                            window.scene().removePostLayoutPulseListener(probe[0]);
                            done.complete((System.nanoTime() - start) / 1e6);
                        };
                        window.scene().addPostLayoutPulseListener(probe[0]);
                    }
                });
                vm.sourceText.set(text);
            });
            double ms = done.get(30, TimeUnit.SECONDS);
            if (measureGaps) Thread.sleep(60); // the frames after the drawn one: the diagram's paint
            double gap = onFx(() -> worst[0]);
            if (i >= WARMUP && measureGaps) redrawGaps.add(gap);
            // Edits reach the engine at most once per 120 ms debounce, so each run starts from an idle window
            // (the previous frame rendered), as it does for a user.
            Thread.sleep(150);
            if (i >= WARMUP) times.add(ms); // the first runs warm up the JIT
        }
        onFx(() -> {
            frames.stop();
            ((Stage) window.scene().getWindow()).close();
            vm.shutdown();
            return null;
        });
        return times;
    }

    /** Every gap between two frames while the text is typed at 25 characters per second with the real debounce. */
    private static List<Double> typingFrameGaps() throws Exception {
        WorkbenchViewModel vm = onFx(() -> new WorkbenchViewModel(new FxTaskExecutor(), new FxDebouncer(Duration.millis(120)), new DesignService()));
        Stage shown = onFx(() -> {
            WorkbenchWindow w = new WorkbenchWindow(vm, dev.cdcarchitect.ui.TestServices.create(), 1600, 1000);
            Stage stage = new Stage();
            stage.setScene(w.scene());
            stage.show();
            vm.loadSeed();
            return stage;
        });
        Thread.sleep(2000);
        String typed = TYPED;
        long[] last = {0};
        long[] startedAt = {System.nanoTime()};
        List<Double> gaps = new ArrayList<>();
        CompletableFuture<List<Double>> done = new CompletableFuture<>();
        onFx(() -> {
            AnimationTimer frames = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (last[0] != 0) {
                        double gapMs = (t - last[0]) / 1e6;
                        gaps.add(gapMs);
                        if (gapMs > 50 && Boolean.getBoolean("bench.verbose")) {
                            System.out.printf(Locale.ROOT, "  frame gap %.0f ms at %.0f ms, text length %d%n", gapMs,
                                    (t - startedAt[0]) / 1e6, vm.sourceText.get().length());
                        }
                    }
                    last[0] = t;
                }
            };
            startedAt[0] = System.nanoTime();
            frames.start();
            vm.sourceText.set("");
            Timeline typing = new Timeline();
            for (int i = 1; i <= typed.length(); i++) {
                String prefix = typed.substring(0, i);
                typing.getKeyFrames().add(new KeyFrame(Duration.millis(40.0 * i), e -> vm.sourceText.set(prefix)));
            }
            typing.getKeyFrames().add(new KeyFrame(Duration.millis(40.0 * typed.length() + 1000), e -> {
                frames.stop();
                done.complete(gaps);
            }));
            typing.play();
            return null;
        });
        List<Double> result = done.get(60, TimeUnit.SECONDS);
        onFx(() -> {
            shown.close(); // one window at a time: the next run measures the same scene graph load
            vm.shutdown();
            return null;
        });
        return result;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
