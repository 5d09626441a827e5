package dev.cdcarchitect.llm.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code .prompt.yml} / {@code .prompt.yaml} files. Works on SnakeYAML's node tree, which keeps line numbers,
 * so every error names the field and the line ("testData[1].evaluators[0]: no 'pattern' or 'string' check (line 74)").
 */
public final class PromptFileLoader {

    public static final String BUNDLED = "/prompts/cdc-architect.prompt.yml";
    private static final long MAX_BYTES = 1_000_000;

    public PromptFile load(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".prompt.yml") && !name.endsWith(".prompt.yaml")) {
            throw new PromptFileException(file + ": not a prompt file (the name must end in .prompt.yml or .prompt.yaml).");
        }
        try {
            if (Files.size(file) > MAX_BYTES) throw new PromptFileException(file + ": larger than 1 MB; not a prompt file.");
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new PromptFileException(file + ": not UTF-8 text.");
        } catch (IOException e) {
            throw new PromptFileException(file + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /** The user's own prompt, shipped in the jar. */
    public PromptFile loadBundled() {
        try (InputStream in = PromptFileLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new PromptFileException("the bundled prompt " + BUNDLED + " is missing from the jar.");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled prompt");
        } catch (IOException e) {
            throw new PromptFileException("the bundled prompt cannot be read (" + e.getMessage() + ").");
        }
    }

    public PromptFile parse(String yaml, String source) {
        Node root;
        try (Reader reader = new StringReader(yaml)) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setNestingDepthLimit(40);
            options.setCodePointLimit((int) MAX_BYTES);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new PromptFileException(source + ": not valid YAML at line " + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem() + ".");
        } catch (RuntimeException | IOException e) {
            throw new PromptFileException(source + ": not valid YAML (" + e.getMessage() + ").");
        }
        Fields top = Fields.of(root, "", source);
        List<PromptFile.PromptVariable> variables = new ArrayList<>();
        for (Fields v : top.list("variables")) {
            variables.add(new PromptFile.PromptVariable(v.text("name"), v.optionalText("description", ""), v.flag("required", false)));
        }
        List<PromptFile.PromptMessage> messages = new ArrayList<>();
        for (Fields m : top.requiredList("messages")) {
            String role = m.text("role");
            if (!List.of("system", "user", "assistant").contains(role)) {
                throw m.error("role", "must be system, user or assistant, not '" + role + "'");
            }
            messages.add(new PromptFile.PromptMessage(role, m.text("content")));
        }
        List<PromptFile.TestCase> tests = new ArrayList<>();
        for (Fields t : top.list("testData")) {
            Map<String, String> input = t.map("input");
            tests.add(new PromptFile.TestCase(input, t.optionalText("expected", ""), evaluators(t)));
        }
        Fields parameters = top.optional("modelParameters");
        Double temperature = parameters == null ? null : parameters.number("temperature");
        return new PromptFile(top.text("name"), top.optionalText("description", ""), top.optionalText("model", "gpt-4o"), temperature,
                variables, messages, tests, evaluators(top));
    }

    private static List<Evaluator> evaluators(Fields owner) {
        List<Evaluator> out = new ArrayList<>();
        for (Fields e : owner.list("evaluators")) {
            String name = e.optionalText("name", "evaluator");
            Fields string = e.optional("string");
            String pattern = e.optionalText("pattern", null);
            if (string != null) {
                out.add(stringCheck(name, string));
            } else if (pattern != null) {
                try {
                    out.add(new Evaluator.RegexCheck(name, Pattern.compile(pattern)));
                } catch (PatternSyntaxException ex) {
                    throw e.error("pattern", "is not a valid regular expression (" + ex.getDescription() + ")");
                }
            } else {
                throw e.error("", "has no 'pattern' or 'string' check (uses: evaluators are not supported offline)");
            }
        }
        return out;
    }

    private static Evaluator stringCheck(String name, Fields string) {
        Map<String, Evaluator.StringKind> kinds = Map.of("contains", Evaluator.StringKind.CONTAINS, "startsWith", Evaluator.StringKind.STARTS_WITH,
                "endsWith", Evaluator.StringKind.ENDS_WITH, "equals", Evaluator.StringKind.EQUALS);
        for (Map.Entry<String, Evaluator.StringKind> kind : kinds.entrySet()) {
            String value = string.optionalText(kind.getKey(), null);
            if (value != null) return new Evaluator.StringCheck(name, kind.getValue(), value);
        }
        throw string.error("", "needs one of contains, startsWith, endsWith or equals");
    }

    /** A mapping node with its path in the file, for error messages. */
    private record Fields(MappingNode node, String path, String source) {

        static Fields of(Node node, String path, String source) {
            if (!(node instanceof MappingNode mapping)) {
                String where = node == null ? "" : " (line " + (node.getStartMark().getLine() + 1) + ")";
                throw new PromptFileException(source + ": " + (path.isEmpty() ? "the file" : path) + " must be a mapping of fields" + where + ".");
            }
            return new Fields(mapping, path, source);
        }

        Node get(String key) {
            for (NodeTuple t : node.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getValueNode();
            }
            return null;
        }

        String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        PromptFileException error(String key, String problem) {
            Node at = key.isEmpty() ? node : get(key);
            int line = (at == null ? node : at).getStartMark().getLine() + 1;
            String field = key.isEmpty() ? (path.isEmpty() ? "the file" : path) : child(key);
            return new PromptFileException(source + ": " + field + " " + problem + " (line " + line + ").");
        }

        String text(String key) {
            String value = optionalText(key, null);
            if (value == null || value.isBlank()) throw error("", "is missing the field '" + key + "'");
            return value;
        }

        String optionalText(String key, String fallback) {
            Node value = get(key);
            if (value == null) return fallback;
            if (value instanceof ScalarNode s) return s.getValue();
            throw error(key, "must be text");
        }

        boolean flag(String key, boolean fallback) {
            String value = optionalText(key, null);
            if (value == null) return fallback;
            if (value.equals("true") || value.equals("false")) return Boolean.parseBoolean(value);
            throw error(key, "must be true or false");
        }

        Double number(String key) {
            String value = optionalText(key, null);
            if (value == null) return null;
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw error(key, "must be a number, not '" + value + "'");
            }
        }

        Fields optional(String key) {
            Node value = get(key);
            return value == null ? null : Fields.of(value, child(key), source);
        }

        Map<String, String> map(String key) {
            Fields fields = optional(key);
            if (fields == null) throw error("", "is missing the field '" + key + "'");
            Map<String, String> out = new LinkedHashMap<>();
            for (NodeTuple t : fields.node.getValue()) {
                String k = ((ScalarNode) t.getKeyNode()).getValue();
                out.put(k, fields.optionalText(k, ""));
            }
            return out;
        }

        List<Fields> requiredList(String key) {
            List<Fields> items = list(key);
            if (items.isEmpty()) throw error("", "needs at least one entry in '" + key + "'");
            return items;
        }

        List<Fields> list(String key) {
            Node value = get(key);
            if (value == null) return List.of();
            if (!(value instanceof SequenceNode seq)) throw error(key, "must be a list");
            List<Fields> out = new ArrayList<>();
            for (int i = 0; i < seq.getValue().size(); i++) out.add(Fields.of(seq.getValue().get(i), child(key) + "[" + i + "]", source));
            return out;
        }
    }
}
