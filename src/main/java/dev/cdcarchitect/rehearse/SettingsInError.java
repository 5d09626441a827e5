package dev.cdcarchitect.rehearse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings of a connector config that an error is about, so a failure names what to fix: those whose key the error
 * quotes, and those with a word of their value that the error quotes ({@code database "replica_old" does not exist}
 * names {@code connection.url}, {@code password authentication failed for user "replica_writer"} names
 * {@code connection.username}). Password settings are never looked at or shown.
 */
final class SettingsInError {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]{3,}");

    private SettingsInError() {}

    /** @return " (settings named by this error: k=v, ...)" or "" */
    static String named(String error, String connectorName, Map<String, String> config) {
        if (error == null) return "";
        String text = error.replace(connectorName, "");
        List<String> named = new ArrayList<>();
        config.forEach((key, value) -> {
            if (key.contains("password")) return;
            boolean byKey = Pattern.compile("(?<![\\w.])" + Pattern.quote(key) + "(?![\\w.])").matcher(text).find();
            boolean byValue = WORD.matcher(value).results().map(r -> r.group())
                    .anyMatch(w -> Pattern.compile("[\"']" + Pattern.quote(w) + "[\"']").matcher(text).find());
            if (byKey || byValue) named.add(key + "=" + value);
        });
        return named.isEmpty() ? "" : " (settings named by this error: " + String.join(", ", named) + ")";
    }
}
