package dev.cdcarchitect.ui.form;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.StatedFact;
import dev.cdcarchitect.domain.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The stated facts of one input and the span edits built on them. Edits are collected and applied from the end
 * of each text, so earlier offsets stay right.
 */
final class Facts {

    private record Edit(TextSpan span, String words, Kind kind) {}

    private enum Kind { REPLACE, REMOVE, REMOVE_ITEM }

    private final DesignInput input;
    private final List<Edit> edits = new ArrayList<>();

    Facts(DesignInput input) {
        this.input = input;
    }

    List<StatedFact> all(String label) {
        return where(f -> f.fact().equals(label));
    }

    List<StatedFact> where(Predicate<StatedFact> test) {
        return input.trace().facts().stream().filter(test).toList();
    }

    StatedFact first(String label) {
        List<StatedFact> found = all(label);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The words of a span exactly as they are in the text (the fact's own copy has whitespace collapsed). */
    String words(TextSpan span) {
        return text(span.field()).substring(span.start(), span.end());
    }

    String text(InputField field) {
        return field == InputField.SOURCE ? input.sourceText() : input.targetText();
    }

    Facts replace(TextSpan span, String words) {
        edits.add(new Edit(span, words, Kind.REPLACE));
        return this;
    }

    Facts insertAfter(TextSpan span, String words) {
        edits.add(new Edit(new TextSpan(span.field(), span.end(), span.end()), words, Kind.REPLACE));
        return this;
    }

    Facts remove(TextSpan span) {
        edits.add(new Edit(span, "", Kind.REMOVE));
        return this;
    }

    Facts removeItem(TextSpan span) {
        edits.add(new Edit(span, "", Kind.REMOVE_ITEM));
        return this;
    }

    /** The texts with every collected edit applied; null when nothing was collected. */
    Texts apply() {
        if (edits.isEmpty()) return null;
        Texts texts = new Texts(input.sourceText(), input.targetText());
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt((Edit e) -> e.span().start()).reversed());
        for (Edit e : ordered) {
            String t = texts.of(e.span().field());
            int s = e.span().start();
            int end = e.span().end();
            String next = switch (e.kind()) {
                case REPLACE -> SpanEdits.replace(t, s, end, e.words());
                case REMOVE -> SpanEdits.remove(t, s, end);
                case REMOVE_ITEM -> SpanEdits.removeItem(t, s, end);
            };
            texts = texts.with(e.span().field(), next);
        }
        return texts;
    }

    /** The texts with one clause appended to one of them. */
    Texts append(InputField field, String clause) {
        Texts texts = new Texts(input.sourceText(), input.targetText());
        return texts.with(field, SpanEdits.append(texts.of(field), clause));
    }
}
