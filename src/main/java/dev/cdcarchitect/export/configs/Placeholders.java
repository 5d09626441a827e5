package dev.cdcarchitect.export.configs;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the spec's human placeholders ({@code <bootstrap servers>}) into Kafka config-provider references
 * ({@code ${env:CDC_BOOTSTRAP_SERVERS}}) so the exported files run once the variables are set, and remembers
 * which variable stands for what.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z][^<>]{0,80})>");
    private static final Pattern SECRET_FILE = Pattern.compile("\\$\\{file:([^:}]+):([^}]+)}");
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Z0-9_]+)}");

    private final Map<String, String> variables = new TreeMap<>();
    private final Map<String, String> secretFiles = new TreeMap<>();
    private final Map<String, String> hosts = new TreeMap<>();

    /**
     * A placeholder in a host-name setting becomes a host name in the reserved {@code .invalid} domain: connectors
     * check the host-name format before config providers are applied, and an unchanged value fails fast on DNS.
     */
    String resolve(String key, String value) {
        if (!key.endsWith("hostname") || !PLACEHOLDER.matcher(value).matches()) return resolve(value);
        String host = variableName(value.substring(1, value.length() - 1)).substring(4).toLowerCase(Locale.ROOT).replace('_', '-')
                + ".change-me.invalid";
        hosts.putIfAbsent(host, value.substring(1, value.length() - 1));
        return host;
    }

    String resolve(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = variableName(m.group(1));
            variables.putIfAbsent(name, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement("${env:" + name + "}"));
        }
        m.appendTail(out);
        String resolved = out.toString();
        Matcher secret = SECRET_FILE.matcher(resolved);
        while (secret.find()) secretFiles.merge(secret.group(1), secret.group(2), (a, b) -> a.contains(b) ? a : a + ", " + b);
        Matcher env = ENV.matcher(resolved);
        while (env.find()) variables.putIfAbsent(env.group(1), "named in the design");
        return resolved;
    }

    /** CDC_ and the first three words of the placeholder: "primary/writer endpoint, never..." is CDC_PRIMARY_WRITER_ENDPOINT. */
    static String variableName(String placeholder) {
        String[] words = placeholder.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+");
        StringBuilder name = new StringBuilder("CDC");
        int used = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            name.append('_').append(w);
            if (++used == 3) break;
        }
        return name.toString();
    }

    /** Environment variable name to what it stands for. */
    Map<String, String> variables() {
        return variables;
    }

    /** Placeholder host name to what it stands for. */
    Map<String, String> hosts() {
        return hosts;
    }

    /** Secret file to the keys it must hold. */
    Map<String, String> secretFiles() {
        return secretFiles;
    }
}
