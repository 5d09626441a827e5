package dev.cdcarchitect.ui.form;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.intake.DesignInputParser;

/**
 * Writes one form edit back into the texts as a span edit (see {@link SourceTextEdits}, {@link TargetTextEdits})
 * and keeps it only if the edited text reads back to the form's value. Works from the input the form was filled
 * from; when the texts moved on (typing, an earlier form edit not yet designed) it reads them again first.
 */
public final class FormTextWriter {

    private final FormViewModel form;
    private final DesignInputParser parser = new DesignInputParser();
    private DesignInput basis;

    public FormTextWriter(FormViewModel form) {
        this.form = form;
    }

    /** The input as stated (no what-if applied) that the form was last filled from. */
    public void show(DesignInput stated) {
        basis = stated;
    }

    /** The texts with this field's words changed, or null when there is nothing to write (or it cannot be written). */
    public Texts write(FormField field, Texts current) {
        form.message.set("");
        DesignInput from = basisFor(current);
        if (from == null) return null;
        if (field.agrees(form, filled(from))) return null;
        Texts next = edit(field, from);
        DesignInput read = next == null ? null : read(next);
        if (read != null && field.agrees(form, filled(read))) {
            basis = read;
            return next;
        }
        form.message.set("Could not write this change without rewriting your words: the text states it elsewhere "
                + "(or in words of a named object). Edit the text to change it.");
        return null;
    }

    private Texts edit(FormField field, DesignInput from) {
        return switch (field) {
            case ENGINE -> EngineChange.apply(from, form.engine.get(), parser);
            case HOSTING -> SourceTextEdits.hosting(from, form);
            case VERSION -> SourceTextEdits.version(from, form);
            case VOLUME -> SourceTextEdits.volume(from, form);
            case RATE -> SourceTextEdits.rate(from, form);
            case PLATFORM -> TargetTextEdits.platform(from, form);
            case TARGETS -> TargetTextEdits.targets(from, form);
            case EXACTLY_ONCE -> TargetTextEdits.exactlyOnce(from, form.exactlyOnce.get());
            case LATENCY -> TargetTextEdits.latency(from, form);
            case RETENTION -> TargetTextEdits.retention(from, form);
            default -> SourceTextEdits.trait(from, field, FormValues.toggle(field, form).get());
        };
    }

    private DesignInput basisFor(Texts current) {
        if (basis != null && basis.sourceText().equals(current.source()) && basis.targetText().equals(current.target())) return basis;
        DesignInput read = read(current);
        if (read == null) form.message.set("The texts cannot be read as they are: fix them before using the form.");
        else basis = read;
        return read;
    }

    private DesignInput read(Texts texts) {
        try {
            return parser.parse(texts.source(), texts.target());
        } catch (InputProblem | IllegalArgumentException | StackOverflowError unreadable) {
            return null;
        }
    }

    private static FormViewModel filled(DesignInput input) {
        FormViewModel read = new FormViewModel();
        read.fillFrom(input);
        return read;
    }
}
