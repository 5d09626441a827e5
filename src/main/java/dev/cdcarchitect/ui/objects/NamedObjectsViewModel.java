package dev.cdcarchitect.ui.objects;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.StatedFact;
import dev.cdcarchitect.domain.TextSpan;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The named databases, schemas, tables and columns of the last design, and the edits the table sends back:
 * each one rewrites only the object's own words in the source text (or a sentence of our own), never the rest.
 */
public final class NamedObjectsViewModel {

    public final ObservableList<ObjectRow> rows = FXCollections.observableArrayList();
    /** Why the last edit could not be written, or empty. */
    public final StringProperty message = new SimpleStringProperty("");

    private final StringProperty sourceText;
    private DesignInput input;

    /** @param sourceText the workbench's source text, which edits write to */
    public NamedObjectsViewModel(StringProperty sourceText) {
        this.sourceText = sourceText;
    }

    public void show(DesignInput design) {
        input = design;
        List<ObjectRow> next = new ArrayList<>();
        for (NamedObject o : design.facts().objects()) next.add(row(o, design.sourceText()));
        if (!next.equals(rows)) rows.setAll(next);
        message.set("");
    }

    public void clear() {
        input = null;
        rows.clear();
    }

    /** Renames the object at each of its mentions; {@code entered} may repeat the table of a column ("customers.tax_id"). */
    public void rename(ObjectRow row, String entered) {
        if (!current()) return;
        NamedObject o = row.object();
        String name = entered == null ? "" : entered.strip();
        String qualifier = o.columnTable();
        if (!qualifier.isEmpty() && name.startsWith(qualifier + ".")) name = name.substring(qualifier.length() + 1);
        if (!ObjectTextEdits.plainName(name)) {
            message.set("'" + entered + "' is not a plain name (letters, digits, underscores): the text was not changed.");
            return;
        }
        if (name.equals(o.simpleName())) return;
        sourceText.set(ObjectTextEdits.rename(sourceText.get(), mentions(o), name));
    }

    /** Checks or clears the row's role (sensitive for a column, excluded otherwise). */
    public void toggle(ObjectRow row, boolean on) {
        if (!current() || !row.toggleable() || on == row.checked()) return;
        String clause = clause(row.object(), row.toggle());
        String text = sourceText.get();
        String next = on ? ObjectTextEdits.add(text, clause) : ObjectTextEdits.remove(text, clause);
        if (next != null) sourceText.set(next);
    }

    /** Edits need the text the rows were read from: after a keystroke they wait for the next design. */
    private boolean current() {
        if (input != null && input.sourceText().equals(sourceText.get())) return true;
        message.set("The text changed since the table was filled: try again when the design has caught up.");
        return false;
    }

    /** Every span a fact about this object was read from (the intake names those facts "table orders" etc.). */
    private List<TextSpan> mentions(NamedObject o) {
        String fact = o.kind().displayName() + " " + o.name();
        List<TextSpan> spans = new ArrayList<>();
        for (StatedFact f : input.trace().facts()) {
            if (f.fact().equals(fact)) spans.add(f.span());
        }
        if (spans.isEmpty()) spans.add(o.span());
        return spans;
    }

    private static String clause(NamedObject o, ObjectRole role) {
        return role == ObjectRole.SENSITIVE ? ObjectTextEdits.sensitiveClause(o) : ObjectTextEdits.excludedClause(o);
    }

    static ObjectRow row(NamedObject o, String text) {
        ObjectRole toggle = o.kind() == ObjectKind.COLUMN ? ObjectRole.SENSITIVE : ObjectRole.EXCLUDED;
        boolean checked = o.has(toggle);
        boolean ours = text.contains(clause(o, toggle));
        String reason;
        if (checked) reason = ours ? "" : "Stated in your own words: edit the text to change it.";
        else if (o.has(ObjectRole.CAPTURED)) reason = "Named as captured in your text: remove it there to skip it.";
        else reason = "";
        return new ObjectRow(o, toggle, checked, reason.isEmpty(), reason);
    }
}
