package dev.cdcarchitect.cli;

import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.llm.client.LlmProvider;
import dev.cdcarchitect.llm.client.LlmSettings;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The options that choose the engine and, for the LLM, where to ask; shared by {@code design} and {@code eval}. */
final class LlmOptions {

    private LlmOptions() {}

    static void addTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--engine").paramLabel("rules|llm").type(String.class).defaultValue("rules")
                .description("rules (default: offline, deterministic) or llm (the prompt file sent to a model).").build());
        spec.addOption(OptionSpec.builder("--llm-provider").paramLabel("openai|anthropic").type(String.class).defaultValue("openai")
                .description("Wire protocol: openai (OpenAI, Azure OpenAI, Ollama, LM Studio, vLLM) or anthropic (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--llm-base-url").paramLabel("URL").type(String.class)
                .description("Base URL, e.g. http://localhost:11434/v1 for Ollama (default: the provider's).").build());
        spec.addOption(OptionSpec.builder("--llm-model").paramLabel("NAME").type(String.class)
                .description("Model name (default: the prompt file's, gpt-4o for the bundled prompt).").build());
    }

    static boolean useLlm(CommandSpec spec) {
        String engine = spec.findOption("--engine").getValue();
        return switch (engine.toLowerCase(Locale.ROOT)) {
            case "rules" -> false;
            case "llm" -> true;
            default -> throw new InputProblem("--engine", "must be rules or llm, not '" + engine + "'.", "Use --engine rules or --engine llm.");
        };
    }

    /** Settings from the options; the key comes from the provider's environment variable only. */
    static LlmSettings settings(CommandSpec spec, Map<String, String> environment) {
        String name = spec.findOption("--llm-provider").getValue();
        LlmProvider provider = switch (name.toLowerCase(Locale.ROOT)) {
            case "openai" -> LlmProvider.OPENAI;
            case "anthropic" -> LlmProvider.ANTHROPIC;
            default -> throw new InputProblem("--llm-provider", "must be openai or anthropic, not '" + name + "'.", "Use openai for OpenAI-compatible servers.");
        };
        LlmSettings settings = LlmSettings.defaults(provider, environment.get(provider.keyVariable()));
        String url = spec.findOption("--llm-base-url").getValue();
        if (url != null) {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new InputProblem("--llm-base-url", "must start with http:// or https://.", "For example http://localhost:11434/v1.");
            }
            settings = settings.withBaseUrl(url);
        }
        String model = spec.findOption("--llm-model").getValue();
        if (model != null) settings = settings.withModel(model);
        return settings;
    }
}
