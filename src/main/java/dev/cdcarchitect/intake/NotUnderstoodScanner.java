package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.NotUnderstood;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is left after every reader ran: any number, name, requirement word or CDC term nobody used is shown to
 * the user with the clause it stands in, never dropped in silence.
 */
final class NotUnderstoodScanner {

    private enum Kind { NUMBER, NAME, REQUIREMENT, TERM }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** Digits, and numbers written as words ("ten thousand writes per second", "two weeks"): never dropped in silence. */
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(?:fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds"
            + "|thousand|thousands|million|millions|billion|billions|dozens?)\\b"
            // small numbers only with a unit: "two weeks" is a duration, "two hot standbys" is read with the HA facts
            + "|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:weeks?|days?|hours?|minutes?|seconds?"
            + "|months?|years?|terabytes?|gigabytes?|petabytes?|times)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\b[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+\\b|`[^`\\n]{1,64}`");
    private static final Pattern REQUIREMENT = Pattern.compile(
            "\\b(?:must|never|only|requires?|required|needs?|cannot|can't|should|mandatory|forbidden|not allowed|at most"
                    + "|at least|slos?|slas?|guarantee[sd]?|licen[cs]ed?)\\b", FLAGS);
    private static final Pattern TERM = Pattern.compile(
            "\\b(?:iam|oauth\\w*|scram(?:-sha-\\d+)?|mtls|mutual tls|kerberos|gssapi|serverless|private ?link|vpc peering|kms"
                    + "|json schema|json|cloudevents|sox|fedramp|hitrust|outbox|soft[\\s-]deletes?|ddl|schema changes?|alter table|gh-ost"
                    + "|pt-online-schema-change|cdc tables?|triggers?|materiali[sz]ed views?|sequences?|views?)\\b", FLAGS);

    private NotUnderstoodScanner() {}

    static List<NotUnderstood> scan(SpanLedger ledger) {
        List<NotUnderstood> found = new ArrayList<>();
        for (InputField field : InputField.values()) {
            String unused = ledger.unused(field);
            String full = ledger.full(field);
            Tokens tokens = new Tokens(unused);
            int at = 0;
            Hit hit;
            while ((hit = tokens.next(at)) != null) {
                int start = clauseStart(full, hit.start);
                int end = clauseEnd(full, hit.end);
                if (hit.kind == Kind.REQUIREMENT && qualifiesAFact(unused, full, start, end)) {
                    // "exactly-once required": the requirement word belongs to the fact read beside it
                    at = hit.end;
                    continue;
                }
                end = listTail(full, unused, end);
                String words = full.substring(start, end).strip();
                int lead = full.indexOf(words, start);
                found.add(new NotUnderstood(ledger.span(field, lead, lead + words.length()), words, suggestion(hit, unused)));
                at = Math.max(end, hit.end);
            }
        }
        return found;
    }

    private record Hit(Kind kind, int start, int end) {}

    /** True when words of this clause were used for a fact and nothing else in it is left but requirement words. */
    private static boolean qualifiesAFact(String unused, String full, int start, int end) {
        boolean used = false;
        for (int i = start; i < end && !used; i++) used = unused.charAt(i) != full.charAt(i);
        if (!used) return false;
        String rest = unused.substring(start, end);
        return !NUMBER.matcher(rest).find() && !NAME.matcher(rest).find() && !TERM.matcher(rest).find();
    }

    /** One matcher per kind, each advanced only when passed: a linear scan however many tokens there are. */
    private static final class Tokens {
        private final Matcher[] matchers;
        private final Hit[] pending;

        Tokens(String text) {
            matchers = new Matcher[] {NUMBER.matcher(text), NAME.matcher(text), REQUIREMENT.matcher(text), TERM.matcher(text)};
            pending = new Hit[matchers.length];
        }

        Hit next(int from) {
            Hit best = null;
            for (int k = 0; k < matchers.length; k++) {
                if (pending[k] != null && pending[k].start < from) pending[k] = null;
                if (pending[k] == null && matchers[k] != null) {
                    Matcher m = matchers[k];
                    if (from <= m.regionEnd() && m.find(from)) pending[k] = new Hit(Kind.values()[k], m.start(), m.end());
                    else matchers[k] = null;
                }
                if (pending[k] != null && (best == null || pending[k].start < best.start)) best = pending[k];
            }
            return best;
        }
    }

    private static boolean delimiter(String text, int i) {
        char c = text.charAt(i);
        // the comma in "3,500" groups digits; it does not end a clause
        if (c == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
            return false;
        }
        if (c == ';' || c == '\n' || c == ',' || c == '(' || c == ')' || c == '!' || c == '?') return true;
        // A full stop ends a clause; the dot in "6.0" or "customers.ssn" does not.
        return c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static int clauseStart(String text, int at) {
        int i = Math.min(at, text.length()) - 1;
        while (i >= 0 && !delimiter(text, i)) i--;
        return i + 1;
    }

    private static int clauseEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !delimiter(text, i)) i++;
        return i;
    }

    /**
     * "we only need orders, order_items, customers and products": short unread items after the clause belong to it,
     * so the quote shows the whole list instead of leaving its plain words out.
     */
    private static int listTail(String full, String unused, int end) {
        int e = end;
        while (e < full.length() && full.charAt(e) == ',') {
            int next = e + 1;
            while (next < full.length() && ".;,\n()".indexOf(full.charAt(next)) < 0) next++;
            String item = unused.substring(e + 1, next).strip();
            if (item.isEmpty() || item.split("\\s+").length > 3 || !item.equals(full.substring(e + 1, next).strip())) break;
            e = next;
        }
        return e;
    }

    private static String suggestion(Hit hit, String text) {
        String token = text.substring(hit.start, hit.end);
        return switch (hit.kind) {
            case NUMBER -> "A number the intake could not attach to anything. Write it with its unit and what it measures, "
                    + "e.g. '8,000 row changes/s at peak', '2 TB', 'p99 under 500 ms', '7 days of Kafka retention'.";
            case NAME -> "The name " + token + " could not be placed. Say what it is, e.g. 'capture only the tables orders and "
                    + "payments' or 'the ssn column in customers must never leave the database'.";
            case REQUIREMENT -> "A requirement (\"" + token + "\") the intake could not turn into a setting; the design does not "
                    + "account for it. Rephrase it in a supported form (see the README, 'What the intake reads') or review the "
                    + "spec for it by hand.";
            case TERM -> "'" + token + "' is not modelled by the rule engine; the design does not account for it.";
        };
    }
}
