package dev.cdcarchitect.bench;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.ui.fx.Debouncer;
import dev.cdcarchitect.ui.fx.FxTaskExecutor;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.WorkbenchWindow;
import dev.cdcarchitect.ui.llm.LlmViewModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/**
 * Issue 5's streaming targets (run with bench/llm.sh), headless: a local server streams numbered tokens every
 * 50 ms for 60 s into the real workbench window; the benchmark records, for every token, the time from the server
 * writing it to the first layout pulse that has it in the answer pane, and the longest gap between frames.
 */
public final class LlmStreamBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final long TOKEN_EVERY_MS = 50;

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        ConcurrentHashMap<Integer, Long> sent = new ConcurrentHashMap<>();
        try (ServerSocket server = new ServerSocket(0)) {
            Thread streamer = new Thread(() -> serve(server, sent), "token-server");
            streamer.setDaemon(true);
            streamer.start();
            run(server.getLocalPort(), sent);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void run(int port, ConcurrentHashMap<Integer, Long> sent) throws Exception {
        ConcurrentHashMap<Integer, Long> shown = new ConcurrentHashMap<>();
        List<Double> gaps = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            WorkbenchViewModel vm = new WorkbenchViewModel(new FxTaskExecutor(), Debouncer.IMMEDIATE, new DesignService());
            WorkbenchWindow window = new WorkbenchWindow(vm, dev.cdcarchitect.ui.TestServices.create(), 1600, 1000);
            Stage stage = new Stage();
            stage.setScene(window.scene());
            stage.show();
            vm.loadSeed();
            LlmViewModel llm = window.controller().llm();
            llm.baseUrl.set("http://127.0.0.1:" + port + "/v1");
            llm.engine.set(LlmViewModel.Engine.LLM);
            TextArea area = (TextArea) window.scene().lookup("#llmText");
            Pattern token = Pattern.compile("t(\\d+) ");
            int[] scanned = {0};
            window.scene().addPostLayoutPulseListener(() -> {
                String text = area.getText();
                if (text.length() <= scanned[0]) return;
                long now = System.nanoTime();
                Matcher m = token.matcher(text);
                m.region(Math.max(0, scanned[0] - 12), text.length());
                while (m.find()) shown.putIfAbsent(Integer.parseInt(m.group(1)), now);
                scanned[0] = text.length();
            });
            long[] last = {0};
            AnimationTimer frames = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (last[0] != 0 && llm.isStreaming()) gaps.add((t - last[0]) / 1e6);
                    last[0] = t;
                }
            };
            frames.start();
            llm.state.addListener((obs, old, state) -> {
                if (state != LlmViewModel.State.STREAMING) {
                    frames.stop();
                    done.complete(null);
                }
            });
            // Start once the window, the seed design and the LLM pane are drawn, as a user would click Ask.
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
            settle.setOnFinished(e -> llm.ask(vm.sourceText.get(), vm.targetText.get()));
            settle.play();
        });
        done.get(SECONDS + 60L, TimeUnit.SECONDS);
        List<Double> latencies = new ArrayList<>();
        sent.forEach((i, at) -> {
            Long seen = shown.get(i);
            if (seen != null) latencies.add((seen - at) / 1e6);
        });
        if (Boolean.getBoolean("bench.verbose")) {
            sent.forEach((i, at) -> {
                Long seen = shown.get(i);
                if (seen != null && (seen - at) / 1e6 > 40) System.out.printf(Locale.ROOT, "  token %d took %.1f ms%n", i, (seen - at) / 1e6);
            });
        }
        Collections.sort(latencies);
        List<Double> sortedGaps = new ArrayList<>(gaps);
        Collections.sort(sortedGaps);
        System.out.printf(Locale.ROOT, "tokens sent %d, shown %d over %d s%n", sent.size(), latencies.size(), SECONDS);
        System.out.printf(Locale.ROOT, "token written -> on screen: median %.1f ms, p99 %.1f ms, max %.1f ms (target: within 50 ms)%n",
                pct(latencies, 0.5), pct(latencies, 0.99), latencies.get(latencies.size() - 1));
        System.out.printf(Locale.ROOT, "frame gap while streaming: median %.1f ms, p99 %.1f ms, longest %.1f ms%n",
                pct(sortedGaps, 0.5), pct(sortedGaps, 0.99), sortedGaps.get(sortedGaps.size() - 1));
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(sorted.size() * p)));
    }

    /** A minimal OpenAI-compatible streaming endpoint: one numbered token every 50 ms, then [DONE]. */
    private static void serve(ServerSocket server, ConcurrentHashMap<Integer, Long> sent) {
        try (Socket socket = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int length = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
            }
            in.skip(length);
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            int tokens = (int) (SECONDS * 1000 / TOKEN_EVERY_MS);
            long start = System.nanoTime();
            for (int i = 0; i < tokens; i++) {
                long due = start + i * TOKEN_EVERY_MS * 1_000_000L;
                while (System.nanoTime() < due) Thread.sleep(1);
                String event = "data: {\"choices\":[{\"delta\":{\"content\":\"t" + i + (i % 12 == 11 ? " \\n" : " ") + "\"}}]}\n\n";
                sent.put(i, System.nanoTime());
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (Exception e) {
            System.err.println("token server: " + e);
        }
    }
}
