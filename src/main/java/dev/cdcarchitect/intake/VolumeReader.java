package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.Units;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads sizes and rates: total volume, change rates (average, peak, per transaction), row size, table and row counts. */
final class VolumeReader {

    record Volumes(
            Double volumeBytes,
            Double peakChangesPerSecond,
            Double averageChangesPerSecond,
            boolean rateIsTransactions,
            Double rowsPerTransaction,
            Integer rowBytes,
            Integer tableCount,
            Long largestTableRows,
            Long largestRowBytes,
            Long largestTableBytes) {}

    private static final InputField SOURCE = InputField.SOURCE;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String APPROX =
            "(?:~\\s*|≈\\s*|about\\s+|around\\s+|approx(?:\\.|imately)?\\s+|roughly\\s+|nearly\\s+|almost\\s+|over\\s+|more than\\s+)?";
    private static final String SIZE = "(?<![\\d.])(\\d{1,12}(?:\\.\\d{1,6})?)\\s*(kib|mib|gib|tib|pib|kb|mb|gb|tb|pb|k|b|bytes?)\\b";
    /** A size with a byte unit: in "500k rows" the k counts rows, in "2 KB rows" the KB sizes them. */
    private static final String BYTES = "(?<![\\d.])(\\d{1,12}(?:\\.\\d{1,6})?)\\s*(kib|mib|gib|tib|pib|kb|mb|gb|tb|pb|bytes?)\\b";
    private static final String PERIOD = "(s|secs?|seconds?|min|mins|minutes?|hours?|hrs?|h|days?|d)\\b";

    /** "documents up to 10 MB", "rows as large as 4 MB", "largest document 12 MB": the biggest single event, not the volume. */
    private static final Pattern LARGEST_ROW = Pattern.compile(
            "\\b(?:row|record|event|document|doc|message|value)s?\\s+(?:of\\s+)?(?:up\\s+to|as\\s+large\\s+as|reaching|at\\s+most"
                    + "|max(?:imum)?(?:\\s+of)?)\\s*" + BYTES
                    + "|\\b(?:largest|biggest|max(?:imum)?)\\s+(?:row|record|event|document|doc|message)s?(?:\\s+size)?\\s*"
                    + "(?:is|of|:|=|around|about|at)?\\s*" + APPROX + BYTES
                    // "documents average 6 KB and up to 16 MB": the upper bound after an average row size (only the
                    // bound is this fact: the average stays for the row size)
                    + "|\\b(?:document|row|record|event|message)s?\\s+(?:average\\s+|avg\\s+|averaging\\s+|of\\s+|around\\s+|about\\s+)?"
                    + "\\d{1,6}(?:\\.\\d{1,3})?\\s*(?:kb|kib|mb|mib|b|bytes)\\s+(?<bound>and\\s+(?:up\\s+to|as\\s+large\\s+as|at\\s+most)\\s*"
                    + BYTES + ")",
            FLAGS);
    /** "largest table 900 GB": the size of the largest table, not the data volume. */
    private static final Pattern LARGEST_TABLE_SIZE = Pattern.compile(
            "\\b(?:largest|biggest)\\s+(?:table|collection)\\s+(?:is\\s+|of\\s+|at\\s+|holds\\s+|has\\s+)?" + APPROX + BYTES
                    + "(?!\\s*(?:/|per\\b|rows|records|documents))",
            FLAGS);
    private static final Pattern ROW_SIZE = Pattern.compile(
            "(?:(?:avg|average|mean|typical)\\s+)?(?:row|record|event|document|doc|message)s?(?:\\s+size)?"
                    + "\\s*(?:of|is|are|~|≈|:|=|around|about|at|average|avg|averaging|on\\s+average)?\\s*" + APPROX + SIZE
                    + "|" + SIZE + "\\s*(?:per|/|a|an|each)\\s*(?:row|record|event|document|doc|message)"
                    + "|" + BYTES + "\\s+(?:rows|records|documents|docs|events|messages)(?:\\s+on\\s+average)?",
            FLAGS);
    private static final Pattern VOLUME = Pattern.compile(
            APPROX + SIZE + "(?!\\s*(?:/|per|a|each)\\s*(?:s\\b|sec|second|min|minute|hour|h\\b|day|d\\b|month|row|record|event|doc))"
                    // memory is not data: "512 GB RAM"
                    + "(?!\\s*(?:of\\s+)?(?:ram|memory|mem|heap|buffers?|cache|page\\s+cache)\\b)"
                    + "(?:\\s+(?:of\\s+)?(?:data|volume|in\\s+total|total|on\\s+disk|database))?",
            FLAGS);
    private static final Pattern ROWS_PER_TRANSACTION = Pattern.compile(
            APPROX + Quantities.RANGE_LOW + Quantities.NUMBER + "\\s*(?:row(?:\\s+change)?s?|changes|statements|dml(?:\\s+statements)?|writes)\\s*(?:/|per|each|a|in\\s+(?:a|each|every))\\s*"
                    + "(?:transaction|txn|tx|commit)s?\\b(?:\\s+on\\s+average)?"
                    + "|(?:each|every|a|per|the\\s+average)\\s+(?:transaction|txn)\\s+(?:changes|touches|writes|updates|modifies|has|is)\\s+"
                    + APPROX + Quantities.NUMBER + "\\s*(?:rows?|row changes|changes|statements)\\b"
                    + "|\\brows\\s+(?:per|/)\\s*(?:transaction|txn)\\s*[:=]\\s*" + APPROX + Quantities.NUMBER,
            FLAGS);
    private static final Pattern RATE = Pattern.compile(
            "(?:\\b(peak(?:s|ing)?|max(?:imum)?|bursts?|bursting|spikes?|spiking|up\\s+to|avg|average|mean|typical(?:ly)?|sustained"
                    + "|steady|normally|baseline|on\\s+average)"
                    + "(?:[\\s-]+(?:write|change|load|rate|throughput|traffic|ingest|of|at|is|are|around|about|to|up\\s+to|reaching|hitting)){0,4}"
                    + "\\s*[:=]?\\s*)?"
                    + APPROX + Quantities.RANGE_LOW + Quantities.NUMBER + "\\s*"
                    + "(tps|wps|tx/s|txn/s|txns/s|transactions?|txns?|commits?"
                    + "|(?:row[\\s-]?level\\s+|row\\s+|data\\s+|dml\\s+)?(?:change[\\s-]?events?|changes?)"
                    + "|rows?(?:\\s+(?:changed|changes|modified|written|updated|inserted))?"
                    + "|writes?|events?|inserts?|updates?|deletes?|upserts?|ops|operations?|mutations?|records?|messages?"
                    + "|dml(?:\\s+statements?)?|statements?)"
                    + "(?:\\s*(?:/|per|a|an|each|every)\\s*" + PERIOD + ")?"
                    + "(\\s*(?:at|during|in|on)?\\s*(?:peaks?|peak\\s+(?:times?|hours?|load|season)|average|bursts?"
                    + "|(?:the\\s+)?(?:black\\s+friday|cyber\\s+monday|month[\\s-]end|quarter[\\s-]end|year[\\s-]end|sales\\s+events?|holidays?)))?",
            FLAGS);
    /** "writes: 4k/s average, 12k/s peak": the label says what is counted, each value its period and kind. */
    private static final Pattern RATE_LABEL = Pattern.compile(
            "\\b(writes|changes|change\\s+rate|events|ops|operations|dml|throughput|transactions|tps|commits)\\s*[:=]\\s*", FLAGS);
    private static final Pattern LABELLED_VALUE = Pattern.compile(
            "(?:\\s*(?:,|and)\\s*)?" + APPROX + Quantities.NUMBER + "(?:\\s*(?:/\\s*|per\\s+)" + PERIOD + ")?"
                    + "(\\s*(?:at\\s+|on\\s+)?(?:peaks?|max(?:imum)?|average|avg|sustained|typical|bursts?)\\b)?", FLAGS);
    private static final Pattern TABLES = Pattern.compile(APPROX + Quantities.NUMBER + "\\s*(?:tables|collections)\\b", FLAGS);
    /** A bullet list: "Tables: 450". */
    private static final Pattern TABLES_LABEL = Pattern.compile("\\b(?:tables|collections)\\s*[:=]\\s*" + Quantities.NUMBER, FLAGS);
    /**
     * The size of a change log ("oplog size 50 GB") or a setting ("shared_buffers 32 GB") is not the data volume;
     * it is left for "Not understood".
     */
    private static final Pattern NOT_DATA_SIZE = Pattern.compile(
            "\\b(?:[a-z][a-z0-9]{0,30}_[a-z0-9_]{1,40}|oplog|wal|binlogs?|redo(?:\\s+logs?)?|archive\\s*logs?|transaction\\s+logs?)(?:\\s+(?:size|volume))?\\s*(?:is|of|=|:)?\\s*"
                    + APPROX + SIZE, FLAGS);
    private static final Pattern ROWS = Pattern.compile(
            "(?:largest\\s+(?:table|collection)\\s+(?:has|holds|with|of|is)\\s+)?" + APPROX + Quantities.NUMBER
                    + "\\s*(?:rows|records|documents|docs)\\b(?!\\s*(?:/|per\\b|a second|each))", FLAGS);
    private static final Pattern PEAK_WORD = Pattern.compile("peak|max|burst|spik|up\\s+to|friday|monday|[\\s-]end|sales|holiday", FLAGS);

    private VolumeReader() {}

    static Volumes read(SpanLedger ledger) {
        Long largestRow = largestRow(ledger);
        Long largestTable = largestTableBytes(ledger);
        Integer rowBytes = rowBytes(ledger);
        Double volume = null;
        Matcher notData = ledger.matcher(SOURCE, NOT_DATA_SIZE);
        int notDataEnd = notData.find() ? notData.end() : -1;
        Matcher v = ledger.matcher(SOURCE, VOLUME);
        while (v.find()) {
            while (notDataEnd >= 0 && notDataEnd < v.end()) notDataEnd = notData.find() ? notData.end() : -1;
            if (notDataEnd >= 0 && notData.start() <= v.start()) continue;
            String unit = v.group(2).toLowerCase(Locale.ROOT);
            if (unit.equals("k") || unit.equals("b") || unit.startsWith("byte")) continue; // "10k" is a count, not bytes
            double bytes = Double.parseDouble(v.group(1)) * Quantities.bytes(unit);
            if (volume == null || bytes > volume) volume = bytes;
            ledger.fact(SOURCE, v.start(), v.end(), "data volume", Units.bytes(bytes));
        }
        Double rowsPerTransaction = rowsPerTransaction(ledger);

        Double peak = null;
        Double average = null;
        boolean transactions = false;
        Matcher r = ledger.matcher(SOURCE, RATE);
        while (r.find()) {
            String unit = r.group(4).toLowerCase(Locale.ROOT);
            boolean perUnitGiven = r.group(5) != null || unit.equals("tps") || unit.equals("wps") || unit.endsWith("/s");
            if (!perUnitGiven) continue; // "2 billion rows" is a count, not a rate
            double rate = Quantities.number(r.group(2), r.group(3)) * Quantities.perSecond(r.group(5));
            boolean isTransactions = unit.startsWith("t") || unit.startsWith("commit");
            boolean isPeak = r.group(6) != null && PEAK_WORD.matcher(r.group(6)).find()
                    || r.group(1) != null && PEAK_WORD.matcher(r.group(1)).find();
            transactions |= isTransactions;
            String what = isTransactions ? (isPeak ? "peak transaction rate" : "transaction rate")
                    : (isPeak ? "peak change rate" : "average change rate");
            ledger.fact(SOURCE, r.start(), r.end(), what, isTransactions ? Units.grouped(rate) + " transactions/s" : Units.rate(rate));
            if (isTransactions && rowsPerTransaction != null) rate *= rowsPerTransaction;
            if (isPeak) peak = peak == null ? rate : Math.max(peak, rate);
            else average = average == null ? rate : Math.max(average, rate);
        }
        Matcher label = ledger.matcher(SOURCE, RATE_LABEL);
        String unused = ledger.unused(SOURCE);
        Matcher value = LABELLED_VALUE.matcher(unused).useTransparentBounds(true);
        while (label.find()) {
            String counted = label.group(1).toLowerCase(Locale.ROOT);
            boolean isTransactions = counted.startsWith("t") && !counted.startsWith("th") || counted.startsWith("commit");
            int at = label.end();
            int from = label.start();
            value.region(at, unused.length());
            // anchored, value after value: "4k/s average, 12k/s peak"; a value without a period is read for TPS only
            while (value.lookingAt() && (value.group(3) != null || counted.equals("tps"))) {
                double rate = Quantities.number(value.group(1), value.group(2)) * Quantities.perSecond(value.group(3));
                boolean isPeak = value.group(4) != null && PEAK_WORD.matcher(value.group(4)).find();
                transactions |= isTransactions;
                String what = isTransactions ? (isPeak ? "peak transaction rate" : "transaction rate")
                        : (isPeak ? "peak change rate" : "average change rate");
                ledger.fact(SOURCE, skipSeparator(unused, from), value.end(), what, isTransactions ? Units.grouped(rate) + " transactions/s" : Units.rate(rate));
                if (isTransactions && rowsPerTransaction != null) rate *= rowsPerTransaction;
                if (isPeak) peak = peak == null ? rate : Math.max(peak, rate);
                else average = average == null ? rate : Math.max(average, rate);
                at = value.end();
                from = at;
                value.region(at, unused.length());
            }
        }

        Integer tables = null;
        Matcher t = ledger.matcher(SOURCE, TABLES);
        if (!t.find()) {
            t = ledger.matcher(SOURCE, TABLES_LABEL);
            if (!t.find()) t = null;
        }
        if (t != null) {
            tables = (int) Math.min(1_000_000, Quantities.number(t.group(1), t.group(2)));
            ledger.fact(SOURCE, t.start(), t.end(), "captured tables", Units.grouped(tables));
        }

        Long rows = null;
        Matcher rc = ledger.matcher(SOURCE, ROWS);
        while (rc.find()) {
            long count = (long) Quantities.number(rc.group(1), rc.group(2));
            if (rows == null || count > rows) rows = count;
            ledger.fact(SOURCE, rc.start(), rc.end(), "rows in the largest table", Units.count(count));
        }
        return new Volumes(volume, peak, average, transactions, rowsPerTransaction, rowBytes, tables, rows, largestRow, largestTable);
    }

    private static Long largestTableBytes(SpanLedger ledger) {
        Matcher m = ledger.matcher(SOURCE, LARGEST_TABLE_SIZE);
        if (!m.find()) return null;
        long bytes = (long) Math.max(1, Double.parseDouble(m.group(1)) * Quantities.bytes(m.group(2)));
        ledger.fact(SOURCE, m.start(), m.end(), "largest table size", Units.bytes(bytes));
        return bytes;
    }

    private static Long largestRow(SpanLedger ledger) {
        Matcher m = ledger.matcher(SOURCE, LARGEST_ROW);
        if (!m.find()) return null;
        int group = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 6; // 5 is the named "bound"
        long bytes = (long) Math.max(1, Double.parseDouble(m.group(group)) * Quantities.bytes(m.group(group + 1)));
        int start = m.group("bound") != null ? m.start("bound") : m.start();
        ledger.fact(SOURCE, start, m.end(), "largest row or document", Units.bytes(bytes));
        return bytes;
    }

    /** Past the ", " or " and " between two values of one label. */
    private static int skipSeparator(String text, int at) {
        int i = at;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) i++;
        if (text.startsWith("and ", i)) i += 4;
        return i;
    }

    private static Integer rowBytes(SpanLedger ledger) {
        Matcher row = ledger.matcher(SOURCE, ROW_SIZE);
        if (!row.find()) return null;
        int group = row.group(1) != null ? 1 : row.group(3) != null ? 3 : 5;
        int bytes = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                Double.parseDouble(row.group(group)) * Quantities.bytes(row.group(group + 1))));
        ledger.fact(SOURCE, row.start(), row.end(), "row size", Units.bytes(bytes));
        return bytes;
    }

    private static Double rowsPerTransaction(SpanLedger ledger) {
        Matcher m = ledger.matcher(SOURCE, ROWS_PER_TRANSACTION);
        if (!m.find()) return null;
        int g = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
        String digits = m.group(g);
        String magnitude = m.group(g + 1);
        double rows = Math.max(1, Quantities.number(digits, magnitude));
        ledger.fact(SOURCE, m.start(), m.end(), "row changes per transaction", Units.decimal(rows));
        return rows;
    }
}
