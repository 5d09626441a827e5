package dev.cdcarchitect.llm.prompt;

import java.util.List;
import java.util.Map;

/**
 * A {@code .prompt.yml} file as GitHub Models defines it: messages with {@code {{variable}}} placeholders, the model
 * and its parameters, and test data with evaluators.
 */
public record PromptFile(
        String name,
        String description,
        String model,
        Double temperature,
        List<PromptVariable> variables,
        List<PromptMessage> messages,
        List<TestCase> testData,
        List<Evaluator> evaluators) {

    public PromptFile {
        variables = List.copyOf(variables);
        messages = List.copyOf(messages);
        testData = List.copyOf(testData);
        evaluators = List.copyOf(evaluators);
    }

    public record PromptVariable(String name, String description, boolean required) {}

    public record PromptMessage(String role, String content) {}

    /** One test: the variables' values, what is expected (informational), and evaluators of its own. */
    public record TestCase(Map<String, String> input, String expected, List<Evaluator> evaluators) {
        public TestCase {
            input = Map.copyOf(input);
            evaluators = List.copyOf(evaluators);
        }
    }
}
