package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.ObjectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lists of names in a text and the sentences they stand in: "tables orders, order_items and payments",
 * "the orders table", "3 databases (sales, billing, crm)", "skip audit_log", "an ssn column in customers". What
 * is said about each list is {@link ObjectReader}'s job.
 */
final class NameLists {

    private static final Pattern TOKEN = Pattern.compile(
            "`[^`\\n]{1,64}`|\"[^\"\\n]{1,64}\"|[A-Za-z_][\\w$-]{0,63}(?:\\.[A-Za-z_][\\w$]{0,63}){0,2}|\\d[\\d.,]*|[^\\s\\w]");

    private static final Map<String, ObjectKind> KINDS = Map.ofEntries(
            Map.entry("database", ObjectKind.DATABASE), Map.entry("databases", ObjectKind.DATABASE),
            Map.entry("db", ObjectKind.DATABASE), Map.entry("dbs", ObjectKind.DATABASE),
            // an Oracle pluggable database and a Cassandra keyspace are what the connector lists as databases
            Map.entry("pdb", ObjectKind.DATABASE), Map.entry("pdbs", ObjectKind.DATABASE),
            Map.entry("keyspace", ObjectKind.DATABASE), Map.entry("keyspaces", ObjectKind.DATABASE),
            Map.entry("schema", ObjectKind.SCHEMA), Map.entry("schemas", ObjectKind.SCHEMA),
            Map.entry("table", ObjectKind.TABLE), Map.entry("tables", ObjectKind.TABLE),
            Map.entry("collection", ObjectKind.TABLE), Map.entry("collections", ObjectKind.TABLE),
            Map.entry("column", ObjectKind.COLUMN), Map.entry("columns", ObjectKind.COLUMN),
            Map.entry("field", ObjectKind.COLUMN), Map.entry("fields", ObjectKind.COLUMN));

    /** Words that end a list of names or cannot be one. */
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "with", "without", "by", "from", "at", "as", "into",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "not", "no", "never", "must", "should",
            "will", "can", "cannot", "may", "might", "need", "needs", "that", "which", "who", "where", "when", "while", "this",
            "these", "those", "it", "its", "their", "our", "we", "they", "all", "some", "most", "many", "each", "every", "other",
            "both", "only", "just", "also", "but", "so", "than", "then", "there", "here", "per", "via", "about", "around",
            "takes", "take", "holds", "hold", "gets", "get", "contain", "contains", "store", "stores", "receive", "receives",
            "see", "sees", "grow", "grows", "make", "makes", "account", "accounts", "carry", "carries", "use", "uses", "include",
            "includes", "including", "capture", "captured", "exclude", "excluded", "excluding", "skip", "ignore", "except",
            "primary", "key", "keys", "primary-key", "foreign", "alone", "itself", "themselves", "together", "combined", "large", "largest", "biggest", "smallest", "big", "huge", "small", "hot", "busy", "busiest", "hottest",
            "partitioned", "keyless", "sensitive", "new", "old", "same", "main", "few", "several", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "one", "any", "more", "less", "like", "such", "called",
            "named", "heavy", "update", "updates", "insert", "inserts", "delete", "deletes", "data", "change", "changes",
            "row", "rows", "transaction", "transactions", "lob", "lobs", "blob", "blobs", "json", "jsonb", "text", "pii",
            "phi", "id", "ids", "uuid", "uuids", "composite", "if", "what", "up", "down", "out", "over", "under",
            "s", "tps", "writes", "reads", "workload", "volume", "source", "target", "sink", "sinks", "kafka", "debezium",
            // units and column types name what a column holds, never which column it is
            "b", "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "pib", "ms", "h", "min", "sec", "k", "m",
            "clob", "nclob", "bytea", "xml", "varchar", "nvarchar", "char", "int", "integer", "bigint", "smallint", "numeric",
            "decimal", "float", "double", "boolean", "bool", "timestamp", "timestamptz", "date", "time", "binary", "varbinary",
            "toast", "toasted", "geometry", "array", "arrays", "enum", "enums", "money", "serial", "bigserial", "bson", "string");

    /** Common words that, written in capitals as Oracle and Db2 names are, are tables: "ACCOUNTS and TRANSACTIONS tables". */
    private static final Set<String> CAPITALISED_NAMES = Set.of("transaction", "transactions", "account", "accounts", "changes", "updates", "inserts",
            "deletes", "events", "data", "keys", "writes", "reads", "source", "target");

    private static final Set<String> DESCRIPTIVE = Set.of("production", "prod", "core", "legacy", "oltp", "operational",
            "transactional", "relational", "central", "monolith", "monolithic", "backend", "application", "reporting");

    private static final Set<String> SEPARATORS = Set.of(",", "and", "or", "&", "/", "+");


    record Token(String text, int start, int end) {
        String lower() { return text.toLowerCase(Locale.ROOT); }
    }

    /** @param inScope a bare list such as "collections orders and carts": it names what is captured */
    record NameList(ObjectKind kind, List<Token> names, int start, int end, String qualifier, boolean inScope) {}

    /** Verbs that take a list of table names without the word "table": "skip audit_log", "capture only orders_v2". */
    private static final Set<String> SCOPE_VERBS = Set.of("skip", "exclude", "excluding", "except", "ignore", "capture",
            "replicate", "include", "stream");
    /** Verbs that take columns: "mask customers.email and customers.phone". */
    private static final Set<String> MASK_VERBS = Set.of("mask", "hash", "redact", "tokenize", "tokenise", "pseudonymize", "pseudonymise");
    /** "measurements is partitioned", "audit_log has no primary key": a name followed by what is said of a table. */
    private static final Set<String> TABLE_PREDICATES = Set.of("partitioned", "declaratively", "keyless");
    /** "SKUs are re-keyed" speaks of the entity, not a table called SKUs: only a name in code form ("audit_log is excluded") is taken. */
    private static final Set<String> CODE_NAME_PREDICATES = Set.of("re-keyed", "rekeyed", "excluded", "skipped", "ignored",
            "captured", "replicated", "included", "not");
    /** What links a name to what is said of it: "audit_log is excluded", "events_raw has no primary key". */
    private static final Set<String> COPULAS = Set.of("is", "are", "has", "have", "was", "were");
    private static final Set<String> PRIMARY_KEY_WORDS = Set.of("primary", "primary-key", "pk", "pks");
    /** Words that split the words between two lists: what follows belongs to the next list ("..., but exclude the table x"). */
    private static final Set<String> BREAKS = Set.of(",", "but", "and", "while", "whereas", "then");


    private NameLists() {}

    record Sentence(int start, int end, List<Token> tokens) {}

    /**
     * Where the words between two lists divide: at the first comma or conjunction, so "orders and refunds but
     * exclude the table sessions" gives "exclude" to sessions only. Without one, both lists see all of them.
     */
    static int split(List<Token> tokens, NameList before, NameList after) {
        for (int k = indexAfter(tokens, before.end); k < tokens.size() && tokens.get(k).start < after.start; k++) {
            if (BREAKS.contains(tokens.get(k).lower())) return tokens.get(k).start;
        }
        return after.start;
    }

    /**
     * "The customers table has an ssn column", "the employees table has a salary column … and an ssn column": a
     * column list takes the one table named nearest before it in the sentence (never every table).
     */
    static NameList withTable(NameList list, List<NameList> before) {
        if (list.kind != ObjectKind.COLUMN || !list.qualifier.isEmpty()) return list;
        for (int k = before.size() - 1; k >= 0; k--) {
            NameList previous = before.get(k);
            if (previous.kind == ObjectKind.COLUMN) continue;
            if (previous.kind != ObjectKind.TABLE || previous.names.size() != 1) return list;
            return new NameList(list.kind, list.names, list.start, list.end, clean(previous.names.get(0).text), list.inScope);
        }
        return list;
    }

    /** Sentences end at a full stop, a semicolon or a line break; dots inside names ("customers.ssn", "6.0") do not end one. */
    static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        int previousEnd = 0;
        while (m.find()) {
            Token t = new Token(m.group(), m.start(), m.end());
            if (!tokens.isEmpty() && text.substring(previousEnd, t.start).indexOf('\n') >= 0) {
                sentences.add(new Sentence(start, previousEnd, tokens));
                tokens = new ArrayList<>();
                start = t.start;
            }
            previousEnd = t.end;
            if (t.text.equals(";") || t.text.equals(".")) {
                sentences.add(new Sentence(start, t.end, tokens));
                tokens = new ArrayList<>();
                start = t.end;
            } else {
                tokens.add(t);
            }
        }
        sentences.add(new Sentence(start, text.length(), tokens));
        return sentences;
    }

    /** Every "KIND name, name and name" or "name and name KIND" list in one sentence, in order. */
    static List<NameList> lists(List<Token> tokens) {
        List<NameList> lists = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            ObjectKind kind = KINDS.get(tokens.get(i).lower());
            if (kind == null) {
                String word = tokens.get(i).lower();
                NameList list = SCOPE_VERBS.contains(word) ? afterVerb(tokens, i, ObjectKind.TABLE)
                        : MASK_VERBS.contains(word) ? afterVerb(tokens, i, ObjectKind.COLUMN) : predicated(tokens, i);
                if (list != null) {
                    lists.add(list);
                    i = indexAfter(tokens, list.end);
                } else {
                    i++;
                }
                continue;
            }
            NameList list = forward(tokens, i, kind);
            if (list == null) list = backward(tokens, i, kind, lists.isEmpty() ? 0 : indexAfter(tokens, lists.get(lists.size() - 1).end));
            if (list == null && kind == ObjectKind.COLUMN) list = columnsOf(tokens, i);
            if (list != null) {
                lists.add(list);
                i = Math.max(i + 1, indexAfter(tokens, list.end));
            } else {
                i++;
            }
        }
        return lists;
    }

    /**
     * "skip audit_log", "capture only orders_v2 and refunds_v2", "hash customers.email": names in code form need no
     * "table" or "column".
     */
    private static NameList afterVerb(List<Token> tokens, int verb, ObjectKind kind) {
        int j = verb + 1;
        while (j < tokens.size() && Set.of("only", "the").contains(tokens.get(j).lower())) j++;
        List<Token> names = names(tokens, j);
        if (names.isEmpty() || !codeName(names.get(0))) return null;
        int after = indexAfter(tokens, j, names.get(names.size() - 1).end);
        if (after < tokens.size() && KINDS.containsKey(tokens.get(after).lower())) return null; // "skip the audit_log table"
        return new NameList(kind, names, names.get(0).start, names.get(names.size() - 1).end, "", false);
    }

    /** "measurements is partitioned", "audit_log and events_raw have no primary key". */
    private static NameList predicated(List<Token> tokens, int at) {
        if (!isName(tokens.get(at))) return null;
        List<Token> names = names(tokens, at);
        if (names.isEmpty()) return null;
        int verb = indexAfter(tokens, at, names.get(names.size() - 1).end);
        if (verb + 1 >= tokens.size() || !COPULAS.contains(tokens.get(verb).lower())) return null;
        String next = tokens.get(verb + 1).lower();
        boolean noKey = next.equals("no") && verb + 2 < tokens.size()
                && PRIMARY_KEY_WORDS.contains(tokens.get(verb + 2).lower());
        boolean codeNamed = CODE_NAME_PREDICATES.contains(next) && codeName(names.get(0));
        if (!TABLE_PREDICATES.contains(next) && !noKey && !codeNamed) return null;
        return new NameList(ObjectKind.TABLE, names, names.get(0).start, names.get(names.size() - 1).end, "", false);
    }

    /** "CLOB columns in documents": the columns are unnamed, what is said of them is said of the table. */
    private static NameList columnsOf(List<Token> tokens, int keyword) {
        int j = keyword + 1;
        if (j >= tokens.size() || !Set.of("in", "of", "on").contains(tokens.get(j).lower())) return null;
        j++;
        if (j < tokens.size() && tokens.get(j).lower().equals("the")) j++;
        if (j >= tokens.size() || !isName(tokens.get(j))) return null;
        Token table = tokens.get(j);
        int end = j + 1 < tokens.size() && KINDS.get(tokens.get(j + 1).lower()) == ObjectKind.TABLE ? tokens.get(j + 1).end : table.end;
        return new NameList(ObjectKind.TABLE, List.of(table), table.start, end, "", false);
    }

    /** A name written as code: snake_case, schema-qualified or quoted. */
    private static boolean codeName(Token t) {
        return t.text.indexOf('_') >= 0 || t.text.indexOf('.') > 0 || t.text.charAt(0) == '`' || t.text.charAt(0) == '"';
    }

    /** The first token at or after {@code offset}, scanning from {@code from}: linear in the tokens passed. */
    private static int indexAfter(List<Token> tokens, int from, int offset) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).start < offset) i++;
        return i;
    }

    /** The first token at or after {@code offset}; tokens are in text order, so a binary search. */
    private static int indexAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static NameList forward(List<Token> tokens, int keyword, ObjectKind kind) {
        int j = keyword + 1;
        while (j < tokens.size() && Set.of(":", "=", "(", "called", "named", "like").contains(tokens.get(j).lower())) j++;
        List<Token> names = names(tokens, j);
        if (names.isEmpty()) {
            // "tables without a primary key: audit_log and events_raw"
            for (int k = keyword + 1; k < tokens.size() && k <= keyword + 8; k++) {
                if (tokens.get(k).text.equals(":")) {
                    names = names(tokens, k + 1);
                    break;
                }
            }
        }
        if (names.isEmpty()) return null;
        int end = names.get(names.size() - 1).end;
        int after = indexAfter(tokens, j, end);
        if (after < tokens.size() && tokens.get(after).text.equals(")")) end = tokens.get(after).end;
        String qualifier = kind == ObjectKind.COLUMN ? qualifier(tokens, after) : "";
        // "3 databases (sales, billing, crm)": the count belongs to the list
        int start = keyword > 0 && Character.isDigit(tokens.get(keyword - 1).text.charAt(0)) ? tokens.get(keyword - 1).start
                : tokens.get(keyword).start;
        // "tables orders, payments": a plural kind followed by its names lists what is in scope, unless the
        // sentence goes on to say something of them ("the tables orders and payments are large")
        boolean inScope = kind == ObjectKind.TABLE && tokens.get(keyword).lower().endsWith("s")
                && (after >= tokens.size() || !COPULAS.contains(tokens.get(after).lower()));
        return new NameList(kind, names, start, end, qualifier, inScope);
    }

    private static NameList backward(List<Token> tokens, int keyword, ObjectKind kind, int floor) {
        List<Token> names = new ArrayList<>();
        int j = keyword - 1;
        if (j < floor || !isName(tokens.get(j))) return null;
        if (kind == ObjectKind.DATABASE && describesTheDatabase(tokens, j)) return null;
        names.add(0, tokens.get(j));
        while (true) {
            int k = j - 1;
            // ", and" is one separator
            if (k - 1 >= floor && Set.of("and", "or").contains(tokens.get(k).lower()) && tokens.get(k - 1).text.equals(",")) k--;
            if (k - 1 < floor || !SEPARATORS.contains(tokens.get(k).lower()) || !isName(tokens.get(k - 1))) break;
            names.add(0, tokens.get(k - 1));
            j = k - 1;
        }
        String qualifier = kind == ObjectKind.COLUMN ? qualifier(tokens, keyword + 1) : "";
        return new NameList(kind, names, names.get(0).start, tokens.get(keyword).end, qualifier, false);
    }

    /** "our production database", "our core banking DB": words that say what the database is for, not its name. */
    private static boolean describesTheDatabase(List<Token> tokens, int name) {
        return DESCRIPTIVE.contains(tokens.get(name).lower()) || name > 0 && DESCRIPTIVE.contains(tokens.get(name - 1).lower());
    }

    /** "column ssn in customers", "ssn column of the customers table": the table a column belongs to. */
    private static String qualifier(List<Token> tokens, int at) {
        int j = at;
        if (j < tokens.size() && Set.of("in", "of", "on").contains(tokens.get(j).lower())) {
            j++;
            if (j < tokens.size() && tokens.get(j).lower().equals("the")) j++;
            if (j < tokens.size() && isName(tokens.get(j))) return clean(tokens.get(j).text);
        }
        return "";
    }

    private static List<Token> names(List<Token> tokens, int from) {
        List<Token> names = new ArrayList<>();
        int j = from;
        while (j < tokens.size() && isName(tokens.get(j)) && endsItem(tokens, j + 1) && names.size() < 64) {
            names.add(tokens.get(j));
            int next = j + 1;
            if (next < tokens.size() && tokens.get(next).text.equals(",") && next + 1 < tokens.size()
                    && Set.of("and", "or").contains(tokens.get(next + 1).lower())) next++;
            if (next < tokens.size() && SEPARATORS.contains(tokens.get(next).lower())) {
                j = next + 1;
            } else {
                break;
            }
        }
        return names;
    }

    /** A list item is followed by a separator, punctuation, a common word or nothing: "orders, heavy updates" is no list. */
    private static boolean endsItem(List<Token> tokens, int next) {
        if (next >= tokens.size()) return true;
        Token t = tokens.get(next);
        return SEPARATORS.contains(t.lower()) || STOP.contains(t.lower()) || KINDS.containsKey(t.lower())
                || !Character.isLetterOrDigit(t.text.charAt(0)) && t.text.charAt(0) != '`' && t.text.charAt(0) != '"';
    }

    private static boolean isName(Token t) {
        char c = t.text.charAt(0);
        if (c == '`' || c == '"') return t.text.length() > 2;
        if (!Character.isLetter(c) && c != '_') return false;
        String lower = t.lower();
        if (CAPITALISED_NAMES.contains(lower) && t.text.equals(t.text.toUpperCase(Locale.ROOT))) return true;
        return !STOP.contains(lower) && !KINDS.containsKey(lower) && !lower.endsWith("-key") && lower.length() <= 64;
    }

    static String clean(String name) {
        char c = name.charAt(0);
        return c == '`' || c == '"' ? name.substring(1, name.length() - 1) : name;
    }
}
