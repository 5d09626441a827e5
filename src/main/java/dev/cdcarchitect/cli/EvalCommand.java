package dev.cdcarchitect.cli;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.export.MarkdownSpecWriter;
import dev.cdcarchitect.llm.check.AnswerChecker;
import dev.cdcarchitect.llm.check.CheckedAnswer;
import dev.cdcarchitect.llm.client.CancelSignal;
import dev.cdcarchitect.llm.client.ChatRequest;
import dev.cdcarchitect.llm.client.LlmClient;
import dev.cdcarchitect.llm.client.LlmException;
import dev.cdcarchitect.llm.client.LlmSettings;
import dev.cdcarchitect.llm.client.StreamEvents;
import dev.cdcarchitect.llm.prompt.Evaluator;
import dev.cdcarchitect.llm.prompt.EvaluatorTooSlowException;
import dev.cdcarchitect.llm.prompt.PromptFile;
import dev.cdcarchitect.llm.prompt.PromptFileException;
import dev.cdcarchitect.llm.prompt.PromptFileLoader;
import dev.cdcarchitect.llm.prompt.PromptRenderer;
import dev.cdcarchitect.safety.SafetyGuard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code eval}: a prompt file's testData through an engine and its evaluators, one line per case and a total. */
final class EvalCommand implements Callable<Integer> {

    private CommandSpec spec;

    static CommandSpec spec() {
        EvalCommand command = new EvalCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        command.spec = spec;
        spec.name("eval");
        spec.usageMessage().description("Run a prompt file's testData through an engine and check the answers with its evaluators.",
                "Without PROMPT_FILE the bundled prompt (the user's own) is used. Exit 5 when any case fails.").sortOptions(false);
        spec.addPositional(PositionalParamSpec.builder().paramLabel("PROMPT_FILE").type(Path.class).arity("0..1")
                .description("A .prompt.yml or .prompt.yaml file.").build());
        LlmOptions.addTo(spec);
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        Path file = spec.positionalParameters().get(0).getValue();
        PromptFile prompt;
        try {
            prompt = file == null ? new PromptFileLoader().loadBundled() : new PromptFileLoader().load(file);
        } catch (PromptFileException e) {
            throw new InputProblem("PROMPT_FILE", e.getMessage(), "Fix the file and run eval again.");
        }
        boolean llm = LlmOptions.useLlm(spec);
        LlmSettings settings = llm ? LlmOptions.settings(spec, System.getenv()) : null;
        PrintWriter out = spec.commandLine().getOut();
        out.println("Evaluating \"" + prompt.name() + "\" (" + prompt.testData().size() + " cases) with the " + (llm ? "LLM" : "rule engine"));
        int passed = 0;
        int failed = 0;
        for (int i = 0; i < prompt.testData().size(); i++) {
            PromptFile.TestCase test = prompt.testData().get(i);
            String answer = llm ? askLlm(prompt, test, settings) : askRules(test);
            List<Evaluator> checks = new ArrayList<>(test.evaluators());
            checks.addAll(prompt.evaluators());
            List<String> failures = new ArrayList<>();
            for (Evaluator check : checks) if (!passes(check, answer, file, i)) failures.add(check.name() + " (" + check.describe() + ")");
            boolean ok = failures.isEmpty();
            if (ok) passed++;
            else failed++;
            out.println("case " + (i + 1) + ": " + (ok ? "PASS" : "FAIL") + "  " + summary(test) + (ok ? "  [" + checks.size() + " checks]"
                    : "  failed: " + String.join(", ", failures)));
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? ExitCodes.SPEC : ExitCodes.EVAL_FAILED;
    }

    /** A user's pattern that runs away is a fault in the prompt file (exit 2), not a failed case. */
    private static boolean passes(Evaluator check, String answer, Path file, int index) {
        try {
            return check.passes(answer);
        } catch (EvaluatorTooSlowException e) {
            throw new InputProblem(file == null ? "PROMPT_FILE" : file.toString(), e.getMessage() + " (case " + (index + 1) + ").",
                    EvaluatorTooSlowException.hint());
        }
    }

    private static String summary(PromptFile.TestCase test) {
        String text = String.join(" / ", test.input().values()).replaceAll("\\s+", " ");
        return text.length() <= 70 ? text : text.substring(0, 69) + "…";
    }

    /** The rule engine answers the two variables of the CDC prompt: the spec as Markdown, or the exact refusal. */
    private static String askRules(PromptFile.TestCase test) {
        String source = test.input().get("source_database");
        String target = test.input().get("target_system");
        if (source == null || target == null) {
            throw new InputProblem("--engine", "rules answers prompts with source_database and target_system inputs only.",
                    "Use --engine llm for other prompt files.");
        }
        try {
            DesignResult result = new DesignService().design(source, target);
            return result instanceof DesignResult.Generated g ? new MarkdownSpecWriter().write(g.spec()) : DesignResult.REFUSAL_JSON;
        } catch (InputProblem problem) {
            return "input problem: " + problem.describe();
        }
    }

    /** The safety guard first (no request for unsafe input), then the model; failures become the case's answer. */
    private String askLlm(PromptFile prompt, PromptFile.TestCase test, LlmSettings settings) {
        if (new SafetyGuard().isUnsafe(String.join("\n", test.input().values()), "")) return DesignResult.REFUSAL_JSON;
        ChatRequest request = new ChatRequest(settings.model() != null ? settings.model() : prompt.model(),
                settings.temperature() != null ? settings.temperature() : prompt.temperature(), new PromptRenderer().render(prompt, test.input()));
        try {
            CheckedAnswer checked = new AnswerChecker().check(new LlmClient(settings).complete(request, StreamEvents.NONE, new CancelSignal()).text());
            return checked.text();
        } catch (LlmException e) {
            spec.commandLine().getErr().println("cdc-architect: LLM failed: " + e.getMessage());
            return "LLM failed: " + e.getMessage();
        }
    }
}
