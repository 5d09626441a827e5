package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.Units;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the user said about the source's change log: how long it is kept, binlog format and row image, and
 * slots or publications that already exist. Runs before the Kafka retention is read, so "binlog retention is
 * 24 h" is never taken for the Kafka retention.
 */
final class SourceLogReader {

    record Log(Integer retentionHours, String binlogFormat, String rowImage, String slot, String publication) {}

    private static final InputField SOURCE = InputField.SOURCE;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String LOG = "(?:binlogs?|binary\\s+logs?|wal|write[\\s-]ahead\\s+logs?|redo(?:\\s+logs?)?|archived?\\s+logs?"
            + "|archivelogs?|oplog|transaction\\s+logs?|change\\s+log|commit[\\s-]?logs?|cdc_raw)";
    private static final String SPAN = "(?<![\\d.])(\\d{1,5}(?:\\.\\d{1,2})?)\\s*(hours?|hrs?|h|days?|d|minutes?|mins?|weeks?)\\b";

    private static final Pattern RETENTION = Pattern.compile(
            "\\b" + LOG + "\\s+(?:retention|window|history|(?:is|are)\\s+(?:kept|retained|stored|held)|kept|retained|expires?\\s+after|purged\\s+after)"
                    + "(?:\\s+(?:on|at|of|in)\\s+(?:the\\s+)?[a-z]\\w*)?\\s*(?:is|are|of|=|:|at|for|to)?\\s*(?:currently\\s+|only\\s+|set\\s+to\\s+|just\\s+)?(?:only\\s+)?(?:~|about\\s+|around\\s+)?" + SPAN
                    + "|\\b(?:keeps?|retains?)\\s+(?:only\\s+)?" + SPAN + "\\s+of\\s+" + LOG
                    + "|(?<![\\d.])" + SPAN + "\\s+(?:of\\s+)?" + LOG + "\\s+(?:retention|window|history)"
                    + "|(?<![\\d.])" + SPAN + "\\s+of\\s+" + LOG + "\\b"
                    + "|\\b" + LOG + "\\s*[:=]?\\s*(?:~|about\\s+|around\\s+)?" + SPAN,
            FLAGS);
    private static final Pattern RETENTION_SETTING = Pattern.compile(
            "\\b(binlog_expire_logs_seconds|expire_logs_days|binlog_expire_logs_days|wal_keep_size|oplogMinRetentionHours)\\s*[=:]?\\s*(\\d{1,9})\\b",
            FLAGS);
    private static final Pattern FORMAT = Pattern.compile(
            "\\bbinlog_format\\s*[=:]?\\s*'?(row|statement|mixed)\\b|\\b(row|statement|mixed)[\\s-]based\\s+(?:binlog(?:ging)?|replication|logging)"
                    + "|\\bbinlog\\s+format\\s+(?:is\\s+|of\\s+)?'?(row|statement|mixed)\\b", FLAGS);
    private static final Pattern ROW_IMAGE = Pattern.compile(
            "\\bbinlog_row_image\\s*[=:]?\\s*'?(full|minimal|noblob)\\b|\\b(full|minimal|noblob)\\s+(?:binlog\\s+)?row\\s+images?\\b", FLAGS);
    private static final String NAME = "[`\"']?([A-Za-z_][A-Za-z0-9_]{0,62})[`\"']?";
    private static final Pattern SLOT = Pattern.compile(
            "\\b(?:existing|already\\s+(?:have|has|created|use)\\s+(?:a\\s+|the\\s+)?)\\s*(?:logical\\s+)?(?:replication\\s+)?slot\\s+(?:named\\s+|called\\s+)?" + NAME
                    + "|\\b(?:replication\\s+)?slot\\s+" + NAME + "\\s+already\\s+exists"
                    // "we already have a publication called app_pub and a slot called bi_slot": a named slot exists
                    + "|\\b(?:a|the|our)\\s+(?:logical\\s+)?(?:replication\\s+)?slot\\s+(?:named|called)\\s+" + NAME, FLAGS);
    private static final Pattern PUBLICATION = Pattern.compile(
            "\\b(?:existing|already\\s+(?:have|has|created|use)\\s+(?:a\\s+|the\\s+)?)\\s*publication\\s+(?:named\\s+|called\\s+)?" + NAME
                    + "|\\bpublication\\s+" + NAME + "\\s+already\\s+exists"
                    + "|\\b(?:a|the|our)\\s+publication\\s+(?:named|called)\\s+" + NAME, FLAGS);

    private SourceLogReader() {}

    static Log read(SpanLedger ledger) {
        Integer hours = retention(ledger);
        String format = upper(first(ledger, FORMAT, "binlog format"));
        String image = upper(first(ledger, ROW_IMAGE, "binlog row image"));
        String slot = first(ledger, SLOT, "existing replication slot");
        String publication = first(ledger, PUBLICATION, "existing publication");
        return new Log(hours, format, image, slot, publication);
    }

    private static Integer retention(SpanLedger ledger) {
        Matcher m = ledger.matcher(SOURCE, RETENTION);
        if (m.find()) {
            int g = 1;
            while (m.group(g) == null) g += 2; // each alternative has a number and a unit
            double hours = Double.parseDouble(m.group(g)) * hoursPer(m.group(g + 1));
            int rounded = (int) Math.max(1, Math.round(hours));
            ledger.fact(SOURCE, m.start(), m.end(), "source log retention", Units.hours(rounded));
            return rounded;
        }
        Matcher s = ledger.matcher(SOURCE, RETENTION_SETTING);
        if (!s.find()) return null;
        String setting = s.group(1).toLowerCase(Locale.ROOT);
        long value = Long.parseLong(s.group(2));
        double hours = switch (setting) {
            case "binlog_expire_logs_seconds" -> value / 3600.0;
            case "expire_logs_days", "binlog_expire_logs_days" -> value * 24.0;
            case "oplogminretentionhours" -> value;
            default -> -1; // wal_keep_size is a size, not a time: read as stated, not converted
        };
        if (hours < 0) return null;
        int rounded = (int) Math.max(1, Math.round(hours));
        ledger.fact(SOURCE, s.start(), s.end(), "source log retention", Units.hours(rounded));
        return rounded;
    }

    private static double hoursPer(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("d")) return 24;
        if (u.startsWith("w")) return 168;
        if (u.startsWith("m")) return 1.0 / 60;
        return 1;
    }

    private static String first(SpanLedger ledger, Pattern pattern, String fact) {
        Matcher m = ledger.matcher(SOURCE, pattern);
        if (!m.find()) return null;
        String value = null;
        for (int g = 1; g <= m.groupCount() && value == null; g++) value = m.group(g);
        ledger.fact(SOURCE, m.start(), m.end(), fact, value);
        return value;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
