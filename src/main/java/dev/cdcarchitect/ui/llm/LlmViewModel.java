package dev.cdcarchitect.ui.llm;

import dev.cdcarchitect.design.LlmDesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.llm.check.Finding;
import dev.cdcarchitect.llm.client.CancelSignal;
import dev.cdcarchitect.llm.client.LlmProvider;
import dev.cdcarchitect.llm.client.LlmSettings;
import dev.cdcarchitect.llm.client.StreamEvents;
import dev.cdcarchitect.llm.prompt.PromptFile;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The LLM side of the workbench, testable without a toolkit: the engine switch, the connection settings (the key
 * lives only here, for the session, unless the user keeps it in the OS keychain), and one streamed answer at a time.
 * Tokens are batched: the first token after a quiet moment schedules one UI update, later ones join it, so every
 * token reaches the screen on the next frame without flooding the FX thread.
 */
public final class LlmViewModel {

    public enum Engine { RULES, LLM }

    public enum State { IDLE, STREAMING, DONE, FAILED, CANCELLED }

    public final ObjectProperty<Engine> engine = new SimpleObjectProperty<>(Engine.RULES);
    public final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    public final StringProperty answer = new SimpleStringProperty("");
    public final StringProperty status = new SimpleStringProperty("Ask the LLM with the current input (Ctrl+L).");
    public final ObservableList<String> findings = FXCollections.observableArrayList();
    public final BooleanProperty usable = new SimpleBooleanProperty(false);

    public final ObjectProperty<LlmProvider> provider = new SimpleObjectProperty<>(LlmProvider.OPENAI);
    public final StringProperty baseUrl = new SimpleStringProperty(LlmProvider.OPENAI.defaultBaseUrl());
    public final StringProperty model = new SimpleStringProperty("");
    /** The API key for this session; never written to projects, exports or logs. */
    public final StringProperty apiKey = new SimpleStringProperty("");

    private PromptFile prompt;
    private final Executor worker;
    private final Consumer<Runnable> ui;
    private final StringBuilder pending = new StringBuilder();
    private boolean flushScheduled;
    private CancelSignal current;
    private long started;
    private int chunks;

    /** @param ui runs work on the FX thread ({@code Platform::runLater}; tests pass {@code Runnable::run}) */
    public LlmViewModel(PromptFile prompt, Executor worker, Consumer<Runnable> ui) {
        this.prompt = prompt;
        this.worker = worker;
        this.ui = ui;
        provider.addListener((obs, old, now) -> {
            if (old != null && baseUrl.get().equals(old.defaultBaseUrl())) baseUrl.set(now.defaultBaseUrl());
        });
    }

    /** A prompt file dropped on the window replaces the bundled one for later requests. */
    public void usePrompt(PromptFile replacement) {
        prompt = replacement;
    }

    public boolean isStreaming() {
        return state.get() == State.STREAMING;
    }

    LlmSettings settings() {
        String key = apiKey.get() == null || apiKey.get().isBlank() ? System.getenv(provider.get().keyVariable()) : apiKey.get();
        LlmSettings settings = LlmSettings.defaults(provider.get(), key).withBaseUrl(baseUrl.get().trim());
        return model.get() == null || model.get().isBlank() ? settings : settings.withModel(model.get().trim());
    }

    /** FX thread: streams an answer for the two texts; a running request is cancelled first. */
    public void ask(String source, String target) {
        if (current != null) current.cancel();
        CancelSignal cancel = new CancelSignal();
        current = cancel;
        LlmSettings settings = settings();
        answer.set("");
        findings.clear();
        usable.set(false);
        state.set(State.STREAMING);
        status.set("Asking " + settings.displayUrl() + "…");
        started = System.nanoTime();
        chunks = 0;
        worker.execute(() -> {
            LlmDesignService.Outcome outcome;
            try {
                outcome = new LlmDesignService(prompt, settings).design(source, target, events(cancel), cancel);
            } catch (InputProblem problem) {
                ui.accept(() -> finishFailed(cancel, problem.describe()));
                return;
            } catch (dev.cdcarchitect.llm.prompt.PromptFileException problem) {
                ui.accept(() -> finishFailed(cancel, problem.getMessage()));
                return;
            } catch (RuntimeException e) {
                ui.accept(() -> finishFailed(cancel, "the request could not be made (" + e.getClass().getSimpleName() + ")"));
                return;
            }
            ui.accept(() -> finish(cancel, outcome));
        });
    }

    public void cancel() {
        if (current != null && isStreaming()) current.cancel();
    }

    private StreamEvents events(CancelSignal cancel) {
        return new StreamEvents() {
            @Override
            public void onToken(String text) {
                boolean schedule;
                synchronized (pending) {
                    pending.append(text);
                    chunks++;
                    schedule = !flushScheduled;
                    flushScheduled = true;
                }
                if (schedule) ui.accept(() -> flush(cancel));
            }

            @Override
            public void onRetry(int attempt, Duration wait, String reason) {
                ui.accept(() -> {
                    if (cancel == current) status.set(capitalise(reason) + "; retrying in " + Math.max(1, wait.toSeconds()) + " s (attempt "
                            + (attempt + 1) + "). Cancel stops at once.");
                });
            }

            @Override
            public void onDiscard(String reason) {
                ui.accept(() -> {
                    if (cancel == current) answer.set("");
                });
            }
        };
    }

    private void flush(CancelSignal cancel) {
        String delta;
        synchronized (pending) {
            delta = pending.toString();
            pending.setLength(0);
            flushScheduled = false;
        }
        if (cancel != current || delta.isEmpty()) return;
        answer.set(answer.get() + delta);
        status.set(String.format(Locale.ROOT, "Streaming… %.1f s · %d chunks", (System.nanoTime() - started) / 1e9, chunks));
    }

    private void finish(CancelSignal cancel, LlmDesignService.Outcome outcome) {
        if (cancel != current) return;
        flush(cancel);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (outcome instanceof LlmDesignService.Answered a) {
            answer.set(a.checked().text());
            a.checked().findings().forEach(f -> findings.add((f.severity() == Finding.Severity.ERROR ? "Error: " : "Warning: ") + f.message()));
            usable.set(a.checked().usable());
            state.set(State.DONE);
            status.set(String.format(Locale.ROOT, "Done in %.1f s · %d tokens · %d attempt%s%s", seconds, a.answer().outputTokens(),
                    a.answer().attempts(), a.answer().attempts() == 1 ? "" : "s",
                    a.checked().usable() ? "" : " · incomplete: keep it, retry, or use the rule engine's design"));
        } else if (outcome instanceof LlmDesignService.Refused r) {
            answer.set(DesignResult.REFUSAL_JSON);
            usable.set(false);
            state.set(State.DONE);
            status.set(r.byGuard() ? "Refused as unsafe before sending anything." : "The model refused the input as unsafe.");
        } else {
            finishFailed(cancel, ((LlmDesignService.Failed) outcome).error().getMessage());
        }
    }

    private void finishFailed(CancelSignal cancel, String reason) {
        if (cancel != current) return;
        boolean cancelled = cancel.isCancelled();
        state.set(cancelled ? State.CANCELLED : State.FAILED);
        if (!cancelled) answer.set("");
        status.set(cancelled ? "Cancelled." : "LLM failed: " + reason + ". Retry, or use the rule engine's design.");
    }

    /**
     * Sends a one-line request with the current settings and reports, on the FX thread, whether it worked (and
     * why not): the same client, retries and error messages as a real request.
     */
    public void testConnection(Consumer<String> report) {
        LlmSettings settings = settings().withRetries(1, Duration.ofSeconds(1))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(30));
        String chosenModel = settings.model() != null ? settings.model() : prompt.model();
        worker.execute(() -> {
            String message;
            try {
                new dev.cdcarchitect.llm.client.LlmClient(settings).complete(new dev.cdcarchitect.llm.client.ChatRequest(chosenModel, 0.0,
                        java.util.List.of(new PromptFile.PromptMessage("user", "Reply with the word ok."))), StreamEvents.NONE, new CancelSignal());
                message = "Connected: " + chosenModel + " at " + settings.displayUrl() + " answered.";
            } catch (dev.cdcarchitect.llm.client.LlmException e) {
                message = "Not connected: " + e.getMessage();
            }
            String result = message;
            ui.accept(() -> report.accept(result));
        });
    }

    /** After the user chose to keep an incomplete answer: its findings stay listed, the answer counts as accepted. */
    public void keep() {
        if (state.get() == State.DONE) {
            usable.set(true);
            status.set("Kept the LLM's answer despite its findings.");
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
