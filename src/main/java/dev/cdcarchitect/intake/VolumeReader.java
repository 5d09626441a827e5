package dev.cdcarchitect.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads sizes and rates: total volume, change rate, row size, table and row counts. */
final class VolumeReader {

    record Volumes(
            Double volumeBytes,
            Double peakChangesPerSecond,
            Double averageChangesPerSecond,
            boolean rateIsTransactions,
            Integer rowBytes,
            Integer tableCount,
            Long largestTableRows) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String SIZE = "(?<![\\d.])(\\d{1,12}(?:\\.\\d{1,6})?)\\s*(kib|mib|gib|tib|pib|kb|mb|gb|tb|pb|k|b)\\b";

    private static final Pattern ROW_SIZE = Pattern.compile(
            "(?:(?:avg|average|mean|typical)\\s+)?(?:row|record|event|document|doc|message)s?(?:\\s+size)?"
                    + "\\s*(?:of|is|are|~|≈|:|=|around|about|at)?\\s*~?\\s*" + SIZE
                    + "|" + SIZE + "\\s*(?:per|/|a|an|each)\\s*(?:row|record|event|document|doc|message)",
            FLAGS);
    private static final Pattern VOLUME = Pattern.compile(
            "~?\\s*" + SIZE + "(?!\\s*(?:/|per|a|each)\\s*(?:s\\b|sec|second|min|minute|hour|h\\b|day|d\\b|month|row|record|event|doc))",
            FLAGS);
    private static final Pattern RATE = Pattern.compile(
            "(peak(?:s|ing)?\\s*(?:of|at|up to|around|~)?\\s*)?(?:~|≈|about\\s+|around\\s+|approx\\.?\\s+|up to\\s+)?"
                    + Quantities.NUMBER + "\\s*"
                    + "(tps|tx/s|txn/s|txns/s|transactions?|txns?|writes?|events?|changes?|rows?|inserts?|updates?"
                    + "|ops|operations?|mutations?|records?|messages?|dml)"
                    + "\\s*(?:/|per|a|each|every)?\\s*(s\\b|sec\\b|second|min\\b|minute|hour|hr\\b|h\\b|day|d\\b)?"
                    + "(\\s*(?:at|during|in)?\\s*peaks?)?",
            FLAGS);
    private static final Pattern TABLES = Pattern.compile("(?:~|about\\s+|around\\s+)?" + Quantities.NUMBER + "\\s*(?:tables|collections)\\b", FLAGS);
    private static final Pattern ROWS = Pattern.compile(Quantities.NUMBER + "\\s*(?:rows|records|documents|docs)\\b(?!\\s*(?:/|per\\b|a second|each))", FLAGS);

    private VolumeReader() {}

    static Volumes read(String text) {
        Integer rowBytes = null;
        StringBuilder rest = new StringBuilder(text);
        Matcher row = ROW_SIZE.matcher(text);
        if (row.find()) {
            String digits = row.group(1) != null ? row.group(1) : row.group(3);
            String unit = row.group(1) != null ? row.group(2) : row.group(4);
            rowBytes = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Double.parseDouble(digits) * Quantities.bytes(unit)));
            blank(rest, row.start(), row.end());
        }
        String remaining = rest.toString();

        Double volume = null;
        Matcher v = VOLUME.matcher(remaining);
        while (v.find()) {
            String unit = v.group(2).toLowerCase(java.util.Locale.ROOT);
            if (unit.equals("k") || unit.equals("b")) continue; // "10k" is a count, not bytes
            double bytes = Double.parseDouble(v.group(1)) * Quantities.bytes(unit);
            if (volume == null || bytes > volume) volume = bytes;
        }

        Double peak = null;
        Double average = null;
        boolean transactions = false;
        Matcher r = RATE.matcher(remaining);
        while (r.find()) {
            String unit = r.group(4).toLowerCase(java.util.Locale.ROOT);
            boolean perUnitGiven = r.group(5) != null || unit.equals("tps") || unit.endsWith("/s");
            if (!perUnitGiven) continue; // "2 billion rows" is a count, not a rate
            double rate = Quantities.number(r.group(2), r.group(3)) * Quantities.perSecond(r.group(5));
            boolean isPeak = r.group(1) != null || r.group(6) != null;
            if (unit.startsWith("t")) transactions = true;
            if (isPeak) peak = peak == null ? rate : Math.max(peak, rate);
            else average = average == null ? rate : Math.max(average, rate);
        }

        Integer tables = null;
        Matcher t = TABLES.matcher(remaining);
        if (t.find()) tables = (int) Math.min(1_000_000, Quantities.number(t.group(1), t.group(2)));

        Long rows = null;
        Matcher rc = ROWS.matcher(remaining);
        while (rc.find()) {
            long count = (long) Quantities.number(rc.group(1), rc.group(2));
            if (rows == null || count > rows) rows = count;
        }
        return new Volumes(volume, peak, average, transactions, rowBytes, tables, rows);
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) text.setCharAt(i, ' ');
    }
}
