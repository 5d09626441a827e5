package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputField;
import java.util.regex.Pattern;

/** Reads the operations the user cares about: truncates, primary-key updates, large transactions, and owned licences. */
final class OperationsReader {

    record Operations(boolean propagateTruncates, boolean primaryKeyUpdates, boolean largeTransactions, boolean goldenGateLicence) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String WHERE = "(?:\\s+(?:in|at|to|into|on)?\\s*(?:the\\s+|all\\s+|every\\s+)?(?:targets?|sinks?|downstream|replicas?|warehouse|destinations?|consumers?))?";

    static final Pattern TRUNCATE = Pattern.compile(
            "\\btruncat(?:e|es|ion|ions|ed)(?:\\s+(?:statements|events|operations))?\\s+(?:must|should|need\\s+to|have\\s+to|are\\s+to|will\\s+need\\s+to)\\s+(?:be\\s+)?"
                    + "(?:reach|propagat\\w*|flow|replicat\\w*|appl\\w*|reflected|mirrored|arrive|captured|honou?red|forwarded)" + WHERE
                    + "|\\b(?:propagate|replicate|apply|mirror|capture|forward)\\s+(?:the\\s+)?truncat\\w*" + WHERE
                    + "|\\btruncat\\w*\\s+(?:propagation|events)\\s+(?:is\\s+|are\\s+)?required", FLAGS);
    static final Pattern TRUNCATE_IGNORED = Pattern.compile(
            "\\btruncat\\w*\\s+(?:can|may|should)\\s+be\\s+(?:ignored|skipped|dropped)|\\bignore\\s+truncat\\w*|\\bno\\s+truncat\\w*|\\b(?:we\\s+)?(?:never|don't|do\\s+not)\\s+truncate\\w*"
                    + "|\\btruncat\\w*\\s+(?:are\\s+)?(?:never\\s+used|not\\s+used|never\\s+happen)", FLAGS);
    static final Pattern PRIMARY_KEY_UPDATES = Pattern.compile(
            "(?:\\b\\w+\\s+(?:are|is|get|gets)\\s+)?\\bre-?key(?:ed|s|ing)?\\b(?:\\s+by\\s+(?:an?\\s+)?updates?(?:\\s+of\\s+(?:a|the|its)\\s+primary[\\s-]key(?:\\s+columns?)?)?)?"
                    + "|\\bprimary[\\s-]keys?\\s+(?:columns?\\s+)?(?:is|are|get|gets)?\\s*(?:updated|changed|rewritten)"
                    + "|\\bupdates?\\s+(?:of|to)\\s+(?:a|the|its)\\s+primary[\\s-]keys?(?:\\s+columns?)?|\\b(?:pk|primary[\\s-]keys?)\\s+updates\\b", FLAGS);
    static final Pattern LARGE_TRANSACTIONS = Pattern.compile(
            "\\b(?:very\\s+)?large\\s+transactions?|\\b(?:huge|big|long[\\s-]running)\\s+transactions?"
                    + "|\\b(?:batch|bulk|nightly|month[\\s-]end|etl)\\s+(?:jobs?|loads?|runs?)\\s+(?:that\\s+)?(?:updat|chang|touch|delet|insert)\\w*\\s+(?:up\\s+to\\s+)?"
                    + Quantities.NUMBER + "\\s*rows(?:\\s+in\\s+(?:a|one)\\s+(?:single\\s+)?transaction)?"
                    + "|\\btransactions?\\s+of\\s+up\\s+to\\s+" + Quantities.NUMBER + "\\s*rows", FLAGS);
    static final Pattern GOLDENGATE = Pattern.compile(
            "\\b(?:own|have|has|hold|bought|existing|already\\s+(?:own|have|pay\\s+for))\\s+(?:an?\\s+)?(?:oracle\\s+)?golden\\s?gate(?:\\s+licen[cs]es?)?"
                    + "|\\bgolden\\s?gate\\s+licen[cs]e[ds]?|\\blicensed\\s+for\\s+(?:oracle\\s+)?golden\\s?gate", FLAGS);
    static final Pattern NO_GOLDENGATE = Pattern.compile(
            "\\bno\\s+(?:oracle\\s+)?golden\\s?gate(?:\\s+licen[cs]e)?|\\bwithout\\s+(?:an?\\s+)?(?:oracle\\s+)?golden\\s?gate(?:\\s+licen[cs]e)?", FLAGS);

    private OperationsReader() {}

    /**
     * Read before the named objects, so the "ignored" of "truncates can be ignored" is never taken for a table
     * named in the same sentence being excluded.
     */
    static boolean truncates(SpanLedger ledger) {
        boolean ignored = either(ledger, TRUNCATE_IGNORED, "truncates", "not propagated (as stated)");
        return !ignored && either(ledger, TRUNCATE, "truncates", "propagated to the targets");
    }

    static Operations read(SpanLedger ledger, boolean truncates) {
        boolean noGoldenGate = either(ledger, NO_GOLDENGATE, "GoldenGate licence", "none (LogMiner)");
        // "we do not own a GoldenGate licence" is the negation of the owning phrase, not a licence
        boolean goldenGate = !noGoldenGate && Boolean.TRUE.equals(
                ledger.factAllOrNegation(InputField.SOURCE, GOLDENGATE, "GoldenGate licence", "owned (XStream may be used)", "none (LogMiner)"));
        boolean rekeyed = either(ledger, PRIMARY_KEY_UPDATES, "primary-key updates", "yes (rows are re-keyed by UPDATE)");
        boolean large = either(ledger, LARGE_TRANSACTIONS, "large transactions", "yes");
        return new Operations(truncates, rekeyed, large, goldenGate);
    }

    /** Operations are often stated with the targets ("truncates must reach the warehouse"): both texts are read. */
    private static boolean either(SpanLedger ledger, Pattern pattern, String fact, String value) {
        boolean found = false;
        for (InputField field : InputField.values()) found |= ledger.factAll(field, pattern, fact, value);
        return found;
    }
}
