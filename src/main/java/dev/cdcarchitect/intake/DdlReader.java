package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.DdlKind;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.SchemaChanges;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the user said about schema changes: which kinds ("columns are added and occasionally renamed",
 * "type changes") and how often ("DDL every sprint", "weekly schema migrations").
 */
final class DdlReader {

    private record Kind(DdlKind kind, Pattern pattern) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String COLUMN = "(?:new\\s+|nullable\\s+|not\\s+null\\s+)?(?:columns?|fields?)";
    private static final List<Kind> KINDS = List.of(
            new Kind(DdlKind.ADD_COLUMN, Pattern.compile(
                    "\\b(?:add(?:s|ed|ing)?|new)\\s+" + COLUMN + "|\\b" + COLUMN + "\\s+(?:(?:are|get|is|gets)\\s+)?(?:often\\s+|regularly\\s+|frequently\\s+)?added", FLAGS)),
            new Kind(DdlKind.DROP_COLUMN, Pattern.compile(
                    "\\bdrop(?:s|ped|ping)?\\s+(?:of\\s+)?" + COLUMN + "|\\b" + COLUMN + "\\s+(?:(?:are|get|is|gets)\\s+)?(?:sometimes\\s+|occasionally\\s+|also\\s+)?(?:dropped|removed)", FLAGS)),
            new Kind(DdlKind.RENAME_COLUMN, Pattern.compile(
                    "\\brenam(?:e|es|ed|ing)\\s+(?:of\\s+)?" + COLUMN + "|\\b(?:column|field)\\s+renames?"
                            + "|\\b(?:and\\s+|or\\s+)?(?:sometimes\\s+|occasionally\\s+|rarely\\s+|also\\s+)?renamed\\b", FLAGS)),
            new Kind(DdlKind.TYPE_CHANGE, Pattern.compile(
                    "\\b(?:column\\s+)?type\\s+changes?|\\bchang(?:e|es|ed|ing)\\s+(?:of\\s+)?(?:column\\s+)?types?|\\b(?:widen|narrow)(?:s|ed|ing)?\\s+(?:of\\s+)?(?:column\\s+)?(?:types?|columns?)"
                            + "|\\bALTER\\s+COLUMN\\s+\\S+\\s+TYPE\\b", FLAGS)),
            new Kind(DdlKind.NEW_TABLE, Pattern.compile(
                    "\\bnew\\s+tables?\\s+(?:are|get|is)\\s+(?:added|created)|\\b(?:add(?:s|ed|ing)?|creat(?:e|es|ed|ing))\\s+new\\s+tables?\\b", FLAGS)));
    private static final Pattern FREQUENCY = Pattern.compile(
            "\\b(?:ddl|schema\\s+(?:changes?|migrations?)|migrations?|alter\\s+table\\s+statements?)\\s+(?:run\\s+|happen\\s+|ship\\s+|land\\s+|are\\s+deployed\\s+)?"
                    + "((?:several\\s+times\\s+a\\s+|once\\s+a\\s+|twice\\s+a\\s+|\\d{1,2}\\s+times\\s+(?:a|per)\\s+)(?:day|week|month)"
                    + "|every\\s+(?:day|week|sprint|release|deploy(?:ment)?|month|two\\s+weeks)|daily|weekly|monthly|nightly|rarely|often|frequently|constantly)"
                    + "|\\b(daily|weekly|monthly|nightly|frequent)\\s+(?:ddl|schema\\s+(?:changes?|migrations?)|migrations?)\\b",
            FLAGS);

    private DdlReader() {}

    static SchemaChanges read(SpanLedger ledger) {
        InputField source = InputField.SOURCE;
        String frequency = null;
        Matcher f = ledger.matcher(source, FREQUENCY);
        if (f.find()) {
            frequency = (f.group(1) != null ? f.group(1) : f.group(2)).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            ledger.fact(source, f.start(), f.end(), "schema changes", "DDL " + frequency);
        }
        Set<DdlKind> kinds = EnumSet.noneOf(DdlKind.class);
        for (Kind k : KINDS) {
            if (ledger.factAll(source, k.pattern(), "schema changes", k.kind().displayName())) kinds.add(k.kind());
        }
        return new SchemaChanges(kinds, frequency);
    }
}
