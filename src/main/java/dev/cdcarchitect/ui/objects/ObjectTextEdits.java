package dev.cdcarchitect.ui.objects;

import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.TextSpan;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edits of the source text that change one named object and nothing else: a rename replaces exactly the
 * words of each mention, a role is added as a short sentence of our own at the end (phrased so the intake reads
 * it back) and removed only when it is that sentence.
 */
public final class ObjectTextEdits {

    /** A name the intake reads as one: letters, digits, underscores, at most 64 characters. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,63}");

    private ObjectTextEdits() {}

    public static boolean plainName(String name) {
        return PLAIN_NAME.matcher(name).matches();
    }

    /** "The column customers.ssn must never leave the database." */
    public static String sensitiveClause(NamedObject object) {
        return "The column " + written(object.name()) + " must never leave the database.";
    }

    /** "Skip the table audit_log." */
    public static String excludedClause(NamedObject object) {
        return "Skip the " + object.kind().displayName() + " " + written(object.name()) + ".";
    }

    /**
     * Replaces the last part of the name ("ssn" in "customers.ssn") at every given mention, from the end so the
     * earlier offsets stay right. Text outside the mentions is untouched.
     */
    public static String rename(String text, List<TextSpan> mentions, String newSimpleName) {
        StringBuilder s = new StringBuilder(text);
        for (TextSpan span : mentions.stream().filter(m -> m.field() == InputField.SOURCE)
                .sorted(Comparator.comparingInt(TextSpan::start).reversed()).toList()) {
            if (span.end() > text.length()) throw new IllegalArgumentException("mention " + span + " is outside the text");
            String words = text.substring(span.start(), span.end());
            s.replace(span.start(), span.end(), renamed(words, newSimpleName));
        }
        return s.toString();
    }

    /** Appends a sentence, starting a new line unless the text ends a sentence already. */
    public static String add(String text, String clause) {
        if (text.contains(clause)) return text;
        String trimmed = text.stripTrailing();
        if (trimmed.isEmpty()) return clause;
        boolean endsSentence = trimmed.endsWith(".") || trimmed.endsWith(";");
        String separator = text.length() > trimmed.length() ? "" : endsSentence ? " " : "\n";
        return text + separator + clause;
    }

    /** Removes a sentence {@link #add} wrote, with the one space or line break before it; null if it is not there. */
    public static String remove(String text, String clause) {
        int at = text.indexOf(clause);
        if (at < 0) return null;
        int from = at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\n') ? at - 1 : at;
        return text.substring(0, from) + text.substring(at + clause.length());
    }

    /** "ssn" → "tax_id"; "customers.ssn" → "customers.tax_id"; quotes around a name are kept. */
    private static String renamed(String words, String newSimpleName) {
        char first = words.isEmpty() ? ' ' : words.charAt(0);
        if ((first == '`' || first == '"') && words.length() > 1 && words.charAt(words.length() - 1) == first) {
            return first + renamed(words.substring(1, words.length() - 1), newSimpleName) + first;
        }
        int dot = words.lastIndexOf('.');
        return dot < 0 ? newSimpleName : words.substring(0, dot + 1) + newSimpleName;
    }

    private static String written(String name) {
        for (String part : name.split("\\.", -1)) {
            if (!plainName(part)) return "`" + name + "`";
        }
        return name;
    }
}
