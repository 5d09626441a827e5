package dev.cdcarchitect.llm.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a prompt's {@code {{variable}}} placeholders. The values are user text that the prompt wraps in tags
 * ({@code <source_database>...</source_database>}), so angle brackets in them become look-alike guillemets: a value
 * can never close its own tag or open another.
 */
public final class PromptRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    public List<PromptFile.PromptMessage> render(PromptFile prompt, Map<String, String> values) {
        for (PromptFile.PromptVariable v : prompt.variables()) {
            if (v.required() && (values.get(v.name()) == null || values.get(v.name()).isBlank())) {
                throw new PromptFileException("the prompt needs a value for '" + v.name() + "'.");
            }
        }
        List<PromptFile.PromptMessage> out = new ArrayList<>();
        for (PromptFile.PromptMessage m : prompt.messages()) {
            Matcher matcher = PLACEHOLDER.matcher(m.content());
            StringBuilder text = new StringBuilder();
            while (matcher.find()) {
                String value = values.get(matcher.group(1));
                if (value == null) throw new PromptFileException("the prompt uses {{" + matcher.group(1) + "}} but no value was given for it.");
                matcher.appendReplacement(text, Matcher.quoteReplacement(neutralise(value)));
            }
            matcher.appendTail(text);
            out.add(new PromptFile.PromptMessage(m.role(), text.toString()));
        }
        return out;
    }

    /** '<' and '>' (and their full-width forms) become single guillemets, so no tag can be written. */
    static String neutralise(String value) {
        return value.replace('<', '\u2039').replace('>', '\u203A').replace('\uFF1C', '\u2039').replace('\uFF1E', '\u203A');
    }
}
