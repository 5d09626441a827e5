package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.Units;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the databases, tables and columns the user named ("capture only the tables orders, order_items and
 * payments", "3 databases (sales, billing, crm)", "an ssn column in customers that must never leave the
 * database") and what they said about each, from the words around the list in the same sentence.
 */
final class ObjectReader {

    private static final InputField SOURCE = InputField.SOURCE;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern SENSITIVE = Pattern.compile(
            "(?:must|should|may|can)\\s+(?:never|not)\\s+(?:be\\s+)?(?:leave|leaves|sent|replicated|captured|exported|copied|shared|streamed)"
                    + "(?:\\s+(?:the\\s+)?(?:database|db|source|premises|building|country|region))?"
                    + "|never\\s+(?:leaves?|be\\s+(?:sent|replicated|captured|exported))(?:\\s+(?:the\\s+)?(?:database|db|source))?"
                    + "|\\bsensitive\\b|\\bsecrets?\\b|\\bconfidential\\b|\\bcard\\s+numbers?\\b", FLAGS);
    /** Also compliance facts ("PHI" means HIPAA): they mark a column sensitive but are left for the requirements reader. */
    private static final Pattern SENSITIVE_DATA = Pattern.compile(
            "\\bpii\\b|\\bphi\\b|personal(?:ly identifiable)?\\s+(?:data|information)|\\bcardholder\\b", FLAGS);
    private static final Pattern MASK = Pattern.compile("\\b(?:mask(?:ed|ing)?|hash(?:ed|ing)?|redact(?:ed|ion)?|pseudonymi[sz](?:ed|ation)|tokeni[sz]ed)\\b", FLAGS);
    private static final Pattern KEYLESS = Pattern.compile(
            "\\b(?:ha(?:ve|s)|with)\\s+no\\s+(?:primary[\\s-]keys?|pks?)\\b|\\bwithout\\s+(?:a\\s+|any\\s+)?(?:primary[\\s-]keys?|pks?)\\b"
                    + "|\\black(?:s|ing)?\\s+(?:a\\s+)?(?:primary[\\s-]keys?|pks?)\\b|\\bkeyless\\b|\\bheap\\s+tables?\\b"
                    + "|\\bno\\s+(?:primary[\\s-]keys?|pks?)\\b", FLAGS);
    private static final Pattern PARTITIONED = Pattern.compile("\\b(?:declaratively\\s+)?partitioned(?:\\s+(?:by\\s+\\w+|tables?|parents?))?\\b", FLAGS);
    private static final Pattern REKEYED = Pattern.compile(
            "\\bre-?key(?:ed|s|ing)?\\b(?:\\s+by\\s+update(?:s)?(?:\\s+of\\s+(?:a|the|its)\\s+primary[\\s-]key(?:\\s+columns?)?)?)?"
                    + "|\\bprimary[\\s-]keys?\\s+(?:columns?\\s+)?(?:is|are|get|gets)?\\s*(?:updated|changed|rewritten)"
                    + "|\\bupdates?\\s+(?:of|to)\\s+(?:a|the|its)\\s+primary[\\s-]key(?:\\s+columns?)?|\\b(?:pk|primary[\\s-]keys?)\\s+updates\\b", FLAGS);
    private static final Pattern LARGE = Pattern.compile(
            "\\b(?:[bcn]?lobs?|toast(?:ed)?|bytea|large\\s+(?:text|jsonb?|values|documents|objects|blobs?)|big\\s+json)\\b", FLAGS);
    private static final Pattern EXCLUDED = Pattern.compile(
            "\\b(?:skip(?:ped)?|exclud(?:e|ed|ing)|except|ignor(?:e|ed)|leave\\s+out"
                    // "must not capture", "not be replicated", "shouldn't be streamed", "never capture"
                    + "|(?:not|never)\\s+(?:be\\s+)?(?:captur|replicat|stream)\\w*)\\b"
                    + "|n't\\s+(?:be\\s+)?(?:captur|replicat|stream)\\w*", FLAGS);
    private static final Pattern EXCLUDED_NAME = Pattern.compile(
            "\\b(?:skip|exclude|excluding|except|ignore|but\\s+not|not)\\s+(?:the\\s+)?(?:table\\s+)?`?([A-Za-z_][\\w$]{0,63})`?", FLAGS);
    private static final Pattern CAPTURED = Pattern.compile(
            "\\b(?:capture[sd]?|captur(?:ing)|include[sd]?|replicat(?:e|ed|ing)|stream(?:ed|ing)?|track(?:ed)?)(?:\\s+only)?\\b|\\bonly\\b", FLAGS);
    /** After the names, in the same clause: "orders takes 70 % of the writes". */
    private static final Pattern WRITE_SHARE = Pattern.compile(
            "^[^;,]{0,40}?(?:takes?|receives?|gets?|accounts?\\s+for|is|with|has|sees?|carries)?\\s*(?:~|about\\s+|around\\s+)?(\\d{1,3}(?:\\.\\d{1,2})?)\\s*%"
                    + "\\s*(?:of\\s+)?(?:the\\s+|all\\s+)?(?:writes|changes|updates|write\\s+load|traffic|write\\s+traffic|dml|events|the\\s+load)",
            FLAGS);
    /** Right after the names: "orders (1.2 TB)", "the orders table is 1.2 TB". */
    private static final Pattern SIZE = Pattern.compile(
            "^\\s*\\(?\\s*(?:(?:alone|itself|currently|now|already)\\s+)?(?:(?:is|are|of|holds|has|with|at)\\s+)?(?:(?:currently|now|already|about|around)\\s+)?\\s*(?:~|about\\s+|around\\s+)?(?<![\\d.])(\\d{1,9}(?:\\.\\d{1,3})?)\\s*(kib|mib|gib|tib|pib|kb|mb|gb|tb|pb)\\b", FLAGS);
    private static final Pattern SIZE_SHARE_SEPARATOR = Pattern.compile("\\s*(?:,|and)\\s*", FLAGS);
    private static final Pattern HOT = Pattern.compile("\\b(?:hot(?:test)?|busiest|most\\s+(?:of\\s+the\\s+)?writes)\\b", FLAGS);

    private ObjectReader() {}

    static List<NamedObject> read(SpanLedger ledger) {
        String text = ledger.unused(SOURCE);
        Map<String, NamedObject> objects = new LinkedHashMap<>();
        for (NameLists.Sentence sentence : NameLists.sentences(text)) {
            List<NameLists.NameList> lists = NameLists.lists(sentence.tokens());
            for (int i = 0; i < lists.size(); i++) {
                NameLists.NameList list = lists.get(i);
                int contextStart = i == 0 ? sentence.start() : NameLists.split(sentence.tokens(), lists.get(i - 1), list);
                int contextEnd = i + 1 < lists.size() ? NameLists.split(sentence.tokens(), list, lists.get(i + 1)) : sentence.end();
                record(ledger, text, NameLists.withTable(list, lists.subList(0, i)), contextStart, contextEnd, objects);
            }
        }
        return List.copyOf(objects.values());
    }

    private static void record(SpanLedger ledger, String text, NameLists.NameList list, int contextStart, int contextEnd,
                               Map<String, NamedObject> objects) {
        String context = text.substring(contextStart, contextEnd);
        Set<ObjectRole> roles = EnumSet.noneOf(ObjectRole.class);
        List<int[]> cues = new ArrayList<>();
        boolean column = list.kind() == ObjectKind.COLUMN;
        if (column && cue(SENSITIVE, context, contextStart, cues)) roles.add(ObjectRole.SENSITIVE);
        if (column && SENSITIVE_DATA.matcher(context).find()) roles.add(ObjectRole.SENSITIVE);
        if (column && cue(MASK, context, contextStart, cues)) {
            roles.add(ObjectRole.SENSITIVE);
            roles.add(ObjectRole.MASKED);
        }
        boolean table = list.kind() == ObjectKind.TABLE;
        if (table && cue(KEYLESS, context, contextStart, cues)) roles.add(ObjectRole.KEYLESS);
        if (table && cue(PARTITIONED, context, contextStart, cues)) roles.add(ObjectRole.PARTITIONED);
        if (table && cue(REKEYED, context, contextStart, cues)) roles.add(ObjectRole.REKEYED);
        if (cue(LARGE, context, contextStart, cues)) roles.add(ObjectRole.LARGE_VALUES);
        Double share = null;
        Long size = null;
        if (table) {
            String after = text.substring(list.end(), Math.max(list.end(), contextEnd));
            Matcher s = SIZE.matcher(after);
            int shareFrom = 0;
            if (s.find()) {
                size = (long) (Double.parseDouble(s.group(1)) * Quantities.bytes(s.group(2)));
                cues.add(new int[] {list.end() + s.start(), list.end() + s.end()});
                // "orders (1.2 TB, 70% of writes)": the share may follow the size
                Matcher separator = SIZE_SHARE_SEPARATOR.matcher(after).region(s.end(), after.length());
                if (separator.lookingAt()) shareFrom = separator.end();
            }
            Matcher m = WRITE_SHARE.matcher(after).region(shareFrom, after.length());
            if (m.find()) {
                share = Math.min(100, Double.parseDouble(m.group(1))) / 100;
                cues.add(new int[] {list.end() + m.start(1), list.end() + m.end()});
                roles.add(ObjectRole.HOT);
            }
            if (cue(HOT, context, contextStart, cues)) roles.add(ObjectRole.HOT);
        }
        // "capture only the tables orders and payments, skip orders": the exclusion after a capture list names one of
        // its tables; that table gets both roles (a question follows), the others stay captured
        String excludedLater = table ? excludedAfterCapture(text, list, contextStart, contextEnd, cues) : null;
        if (excludedLater == null && cue(EXCLUDED, context, contextStart, cues) && !roles.contains(ObjectRole.SENSITIVE)) {
            roles.add(ObjectRole.EXCLUDED);
        } else if (excludedLater != null || cue(CAPTURED, context, contextStart, cues)
                || roles.isEmpty() && size == null && (list.kind() == ObjectKind.DATABASE || list.kind() == ObjectKind.SCHEMA || list.inScope())) {
            if (!column) roles.add(ObjectRole.CAPTURED);
        }
        if (roles.isEmpty() && size == null) return; // a name with nothing said about it is left for "Not understood"
        ledger.use(SOURCE, list.start(), list.end());
        for (int[] cue : cues) ledger.use(SOURCE, cue[0], cue[1]);
        for (NameLists.Token token : list.names()) {
            String name = NameLists.clean(token.text());
            if (column && !list.qualifier().isEmpty() && name.indexOf('.') < 0) name = list.qualifier() + "." + name;
            NamedObject object = new NamedObject(list.kind(), name, roles, share, size, ledger.span(SOURCE, token.start(), token.end()));
            NamedObject earlier = objects.get(list.kind() + ":" + name);
            if (earlier != null) object = merge(earlier, object);
            if (name.equalsIgnoreCase(excludedLater)) {
                Set<ObjectRole> both = EnumSet.copyOf(object.roles());
                both.add(ObjectRole.EXCLUDED);
                object = new NamedObject(object.kind(), object.name(), both, object.writeShare(), object.sizeBytes(), object.span());
            }
            objects.put(list.kind() + ":" + name, object);
            ledger.fact(SOURCE, token.start(), token.end(), list.kind().displayName() + " " + name, describe(object));
        }
    }

    /** The list's name that an exclusion after a capture cue names ("…, skip orders"), or null; marks its words used. */
    private static String excludedAfterCapture(String text, NameLists.NameList list, int contextStart, int contextEnd, List<int[]> cues) {
        Matcher captured = CAPTURED.matcher(text).region(contextStart, list.start());
        if (!captured.find()) return null;
        Matcher excluded = EXCLUDED_NAME.matcher(text).region(list.end(), contextEnd);
        if (!excluded.find()) return null;
        for (NameLists.Token token : list.names()) {
            if (NameLists.clean(token.text()).equalsIgnoreCase(excluded.group(1))) {
                cues.add(new int[] {captured.start(), captured.end()});
                cues.add(new int[] {excluded.start(), excluded.end()});
                return excluded.group(1);
            }
        }
        return null;
    }

    private static boolean cue(Pattern pattern, String context, int offset, List<int[]> cues) {
        Matcher m = pattern.matcher(context);
        boolean found = false;
        while (m.find()) {
            if (m.end() == m.start()) continue;
            cues.add(new int[] {offset + m.start(), offset + m.end()});
            found = true;
        }
        return found;
    }

    private static NamedObject merge(NamedObject a, NamedObject b) {
        Set<ObjectRole> roles = EnumSet.noneOf(ObjectRole.class);
        roles.addAll(a.roles());
        roles.addAll(b.roles());
        return new NamedObject(a.kind(), a.name(), roles, a.writeShare() != null ? a.writeShare() : b.writeShare(),
                a.sizeBytes() != null ? a.sizeBytes() : b.sizeBytes(), a.span());
    }

    static String describe(NamedObject o) {
        StringBuilder s = new StringBuilder();
        for (ObjectRole role : o.roles()) {
            if (s.length() > 0) s.append(", ");
            s.append(role.displayName());
        }
        if (o.writeShare() != null) s.append(s.length() > 0 ? ", " : "").append(Units.decimal(o.writeShare() * 100)).append("% of writes");
        if (o.sizeBytes() != null) s.append(s.length() > 0 ? ", " : "").append(Units.bytes(o.sizeBytes()));
        return s.toString();
    }
}
