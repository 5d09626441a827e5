package dev.cdcarchitect.ui.marks;

import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.InputTrace;
import dev.cdcarchitect.domain.NotUnderstood;
import dev.cdcarchitect.domain.StatedFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns the intake's trace into the marks of one text field. */
public final class TextMarks {

    private TextMarks() {}

    public static List<TextMark> of(InputTrace trace, InputField field) {
        List<TextMark> marks = new ArrayList<>();
        for (StatedFact f : trace.facts()) {
            if (f.span().field() == field && f.span().length() > 0) {
                marks.add(new TextMark(TextMark.Kind.RECOGNISED, f.span().start(), f.span().end(), f.fact() + ": " + f.value()));
            }
        }
        for (NotUnderstood n : trace.notUnderstood()) {
            if (n.span().field() == field && n.span().length() > 0) {
                marks.add(new TextMark(TextMark.Kind.NOT_UNDERSTOOD, n.span().start(), n.span().end(),
                        "Not understood: " + n.suggestion()));
            }
        }
        marks.sort(Comparator.comparingInt(TextMark::start));
        return List.copyOf(marks);
    }
}
