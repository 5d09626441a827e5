package dev.cdcarchitect.design;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.intake.InputLimits;
import dev.cdcarchitect.llm.check.AnswerChecker;
import dev.cdcarchitect.llm.check.CheckedAnswer;
import dev.cdcarchitect.llm.client.CancelSignal;
import dev.cdcarchitect.llm.client.ChatRequest;
import dev.cdcarchitect.llm.client.LlmAnswer;
import dev.cdcarchitect.llm.client.LlmClient;
import dev.cdcarchitect.llm.client.LlmException;
import dev.cdcarchitect.llm.client.LlmSettings;
import dev.cdcarchitect.llm.client.StreamEvents;
import dev.cdcarchitect.llm.prompt.PromptFile;
import dev.cdcarchitect.llm.prompt.PromptRenderer;
import dev.cdcarchitect.safety.SafetyGuard;
import java.util.Map;

/**
 * The path of one design through an LLM: limits and the safety guard first (an unsafe input sends nothing), the
 * user's prompt file rendered with the two texts, the streamed answer, then the answer checked against the
 * prompt's contract.
 */
public final class LlmDesignService {

    /** What came back. */
    public sealed interface Outcome permits Answered, Refused, Failed {}

    /** An answer, checked; {@code checked.usable()} says whether it is a complete specification. */
    public record Answered(CheckedAnswer checked, LlmAnswer answer) implements Outcome {}

    /** Refused before any request ({@code byGuard}) or by the model. */
    public record Refused(boolean byGuard) implements Outcome {}

    public record Failed(LlmException error) implements Outcome {}

    private final SafetyGuard guard = new SafetyGuard();
    private final PromptFile prompt;
    private final LlmSettings settings;
    private final LlmClient client;

    public LlmDesignService(PromptFile prompt, LlmSettings settings) {
        this.prompt = prompt;
        this.settings = settings;
        this.client = new LlmClient(settings);
    }

    public Outcome design(String sourceText, String targetText, StreamEvents events, CancelSignal cancel) {
        InputLimits.check(DesignInputParser.SOURCE_FIELD, sourceText, DesignInputParser.SOURCE_EXAMPLE);
        InputLimits.check(DesignInputParser.TARGET_FIELD, targetText, DesignInputParser.TARGET_EXAMPLE);
        if (guard.isUnsafe(sourceText, targetText)) return new Refused(true);
        var messages = new PromptRenderer().render(prompt, Map.of("source_database", sourceText, "target_system", targetText));
        ChatRequest request = new ChatRequest(settings.model() != null ? settings.model() : prompt.model(),
                settings.temperature() != null ? settings.temperature() : prompt.temperature(), messages);
        try {
            LlmAnswer answer = client.complete(request, events, cancel);
            CheckedAnswer checked = new AnswerChecker().check(answer.text());
            if (checked.refusal()) return new Refused(false);
            return new Answered(checked, answer);
        } catch (LlmException e) {
            return new Failed(e);
        }
    }

    /** The exact refusal text, for callers that print it. */
    public static String refusalText() {
        return DesignResult.REFUSAL_JSON;
    }
}
