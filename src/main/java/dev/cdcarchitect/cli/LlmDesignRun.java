package dev.cdcarchitect.cli;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.design.LlmDesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.export.MarkdownSpecWriter;
import dev.cdcarchitect.llm.check.Finding;
import dev.cdcarchitect.llm.client.CancelSignal;
import dev.cdcarchitect.llm.client.StreamEvents;
import dev.cdcarchitect.llm.prompt.PromptFileLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code design --engine llm}: the bundled prompt sent to the chosen model, checked, with an optional rule-engine fallback. */
final class LlmDesignRun {

    private final CommandSpec spec;
    private final Path out;

    LlmDesignRun(CommandSpec spec, Path out) {
        this.spec = spec;
        this.out = out;
    }

    int run(InputTexts.Texts texts, Map<String, String> environment, String fallback) {
        if (fallback != null && !fallback.equals("rules")) throw new InputProblem("--fallback", "can only be 'rules'.", "Use --fallback rules.");
        PrintWriter stderr = spec.commandLine().getErr();
        if (out != null) OutputFile.checkWritable(out);
        StreamEvents progress = new StreamEvents() {
            @Override
            public void onToken(String text) {}

            @Override
            public void onRetry(int attempt, Duration wait, String reason) {
                stderr.println("cdc-architect: " + reason + "; retrying in " + Math.max(1, wait.toSeconds()) + " s (attempt " + (attempt + 1) + ")");
            }
        };
        LlmDesignService.Outcome outcome = new LlmDesignService(new PromptFileLoader().loadBundled(), LlmOptions.settings(spec, environment))
                .design(texts.source(), texts.target(), progress, new CancelSignal());
        if (outcome instanceof LlmDesignService.Refused refused) {
            // The guard passed, so the model refused an input we consider benign: the rule engine may answer it.
            if (!refused.byGuard() && fallback != null) {
                return fallBack(texts, "warning: the model refused the input as unsafe although the safety guard passed; "
                        + "printing the rule engine's specification instead.");
            }
            return refuse();
        }
        String reason;
        if (outcome instanceof LlmDesignService.Answered answered) {
            answered.checked().findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING)
                    .forEach(f -> stderr.println("cdc-architect: warning: " + f.message()));
            if (answered.checked().usable()) {
                emit(answered.checked().text().endsWith("\n") ? answered.checked().text() : answered.checked().text() + "\n");
                return ExitCodes.SPEC;
            }
            reason = "the answer failed the prompt's checks: " + String.join("; ", answered.checked().findings().stream()
                    .filter(f -> f.severity() == Finding.Severity.ERROR).map(Finding::message).toList());
        } else {
            reason = ((LlmDesignService.Failed) outcome).error().getMessage();
        }
        reason = reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
        if (fallback == null) {
            stderr.println("cdc-architect: LLM failed: " + reason + ". Add --fallback rules to get the rule engine's specification instead.");
            return ExitCodes.LLM_FAILED;
        }
        return fallBack(texts, "warning: LLM failed (" + reason + "); printing the rule engine's specification instead.");
    }

    /** The rule engine's specification after a warning; its own refusal if it refuses too. */
    private int fallBack(InputTexts.Texts texts, String warning) {
        spec.commandLine().getErr().println("cdc-architect: " + warning);
        DesignResult rules = new DesignService().design(texts.source(), texts.target());
        if (!(rules instanceof DesignResult.Generated generated)) return refuse();
        emit(new MarkdownSpecWriter().write(generated.spec()));
        return ExitCodes.SPEC;
    }

    private int refuse() {
        spec.commandLine().getOut().print(DesignResult.REFUSAL_JSON);
        spec.commandLine().getOut().flush();
        return ExitCodes.REFUSED;
    }

    private void emit(String text) {
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            DesignCommand.writeFile(out, text);
        }
    }
}
