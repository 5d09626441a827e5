package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the user said about deletes: that they must reach the targets, or that the source only soft-deletes. */
final class DeleteReader {

    record Deletes(boolean propagate, String softDeleteColumn) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern PROPAGATE = Pattern.compile(
            "\\b(?:hard\\s+)?deletes?\\s+(?:must|should|need\\s+to|have\\s+to)\\s+(?:be\\s+)?(?:reach|propagat\\w*|flow|replicat\\w*|appl\\w*|reflected|mirrored|honou?red)"
                    + "(?:\\s+(?:in|at|to|into|on)?\\s*(?:the\\s+|all\\s+|every\\s+)?(?:targets?|sinks?|downstream|replicas?|warehouse|index|destinations?|lake))?"
                    + "|\\b(?:propagate|replicate|apply|mirror)\\s+(?:the\\s+)?(?:hard\\s+)?deletes\\b", FLAGS);
    private static final Pattern SOFT = Pattern.compile(
            "\\bsoft[\\s-]deletes?(?:\\s+(?:with|via|using|through)\\s+(?:an?\\s+|the\\s+)?`?([A-Za-z_][A-Za-z0-9_]{0,62})`?(?:\\s+(?:column|flag|field|timestamp))?)?"
                    + "|\\bsoft[\\s-]deleted\\b", FLAGS);

    /** "deletes are rare and can be ignored", "no deletes ever": stated, and nothing in the design changes for it. */
    private static final Pattern IGNORABLE = Pattern.compile(
            "\\bdeletes?\\s+(?:are\\s+)?(?:rare|very\\s+rare|uncommon|never\\s+happen)(?:\\s+and\\s+can\\s+be\\s+ignored)?"
                    + "|\\bdeletes?\\s+(?:can|may)\\s+be\\s+ignored|\\bno\\s+deletes(?:\\s+ever)?\\b|\\bwe\\s+never\\s+delete\\b", FLAGS);

    private DeleteReader() {}

    static Deletes read(SpanLedger ledger) {
        boolean propagate = false;
        for (InputField field : InputField.values()) {
            propagate |= ledger.factAll(field, PROPAGATE, "deletes", "propagated to every target");
        }
        for (InputField field : InputField.values()) {
            ledger.factAll(field, IGNORABLE, "deletes", "rare or none (they still flow by key if they happen)");
        }
        Matcher soft = ledger.matcher(InputField.SOURCE, SOFT);
        String column = null;
        if (soft.find()) {
            column = soft.group(1) == null ? "" : soft.group(1);
            ledger.fact(InputField.SOURCE, soft.start(), soft.end(), "deletes",
                    "soft (an UPDATE" + (column.isEmpty() ? "" : " of " + column) + ", no delete event)");
        }
        return new Deletes(propagate, column);
    }
}
