package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.Compliance;
import dev.cdcarchitect.domain.DeliveryGuarantee;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.Units;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads delivery (including downstream exactly-once consumers), latency and per-sink freshness, Kafka
 * retention, fan-out, compliance, region and growth requirements from either text.
 */
final class RequirementsReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String EOS = "(?:exactly[\\s_-]*once(?:[\\s_-]*v2)?|\\beos\\b)";

    private static final Pattern DOWNSTREAM_EXACTLY_ONCE = Pattern.compile(
            "\\b(kafka\\s+streams|flink|ksqldb|spark(?:\\s+structured\\s+streaming)?)\\b[^.;\\n]{0,40}?" + EOS
                    + "|" + EOS + "[^.;\\n]{0,30}?\\b(kafka\\s+streams|flink|ksqldb)\\b"
                    + "|\\bprocessing\\.guarantee\\s*=\\s*exactly_once_v2\\b", FLAGS);
    private static final Pattern EXACTLY_ONCE = Pattern.compile("exactly[\\s_-]*once|\\beos\\b|effectively[\\s-]*once"
            + "|\\bno\\s+duplicates?\\b(?:\\s+(?:allowed|permitted|tolerated))?|\\bwithout\\s+duplicates\\b"
            + "|\\bduplicates?\\s+(?:are\\s+|is\\s+)?(?:not\\s+(?:allowed|acceptable|tolerated)|unacceptable)", FLAGS);
    private static final Pattern AT_LEAST_ONCE = Pattern.compile(
            "at[\\s-]*least[\\s-]*once|\\bduplicates?\\s+(?:are\\s+|is\\s+)?(?:acceptable|fine|ok|okay|tolerated|allowed)\\b", FLAGS);
    private static final String DURATION = "(?:~\\s*|about\\s+|around\\s+)?(?<![\\d.])(\\d{1,9}(?:[.,]\\d{1,3})?)[\\s-]*"
            + "(ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\\b";
    private static final Pattern LATENCY_BEFORE = Pattern.compile(
            "(?:latency|lag|freshness|fresh|end[\\s-]to[\\s-]end|e2e|slo|p9\\d(?:\\.\\d)?|\\b9\\d(?:\\.\\d)?(?:th)?\\s+percentile|delay|visible|available|land(?:s|ed)?|arrive)"
                    + "[^.;\\n\\d]{0,40}?(?:<|≤|<=|under|below|within|of|less than|max(?:imum)?|at most|:|=|in)?\\s*" + DURATION,
            FLAGS);
    private static final Pattern LATENCY_AFTER = Pattern.compile(
            DURATION + "[\\s-]+(?:p9\\d\\s+)?(?:freshness|latency|lag|end[\\s-]to[\\s-]end|e2e|delay|behind)(?:\\s+(?:slo|sla|objective|target|budget))?"
                    + "|" + DURATION + "\\s+(?:p9\\d|slo|sla)\\b", FLAGS);
    /**
     * "1 second for Redis": taken only when a sink follows, which says what the duration is for. One space after
     * "for": the sink's name is already blanked, and a greedy run of spaces would pass where it stood.
     */
    private static final Pattern LATENCY_FOR = Pattern.compile(DURATION + "\\s+(?:for|in|into|on|at)\\s(?:the\\s)?", FLAGS);
    /** "retention.ms=604800000", the topic setting itself. */
    private static final Pattern RETENTION_MS = Pattern.compile("\\bretention\\.ms\\s*[=:]\\s*(\\d{1,13})\\b", FLAGS);
    /** "Elasticsearch within 2 seconds": no latency word, the sink or the sentence says what must arrive in time. */
    private static final Pattern LATENCY_WITHIN = Pattern.compile("\\bwithin\\s+" + DURATION, FLAGS);
    /** How far from an objective a sink may be named and still own it. */
    private static final int BESIDE = 120;
    private static final Pattern BACKUPS = Pattern.compile("\\b(?:backups?|snapshots?|pitr|point[\\s-]in[\\s-]time)\\b", FLAGS);
    /** "Elasticsearch: 2 s", "Snowflake (15 min)": a bare duration right after a sink's name. */
    private static final Pattern LATENCY_BESIDE_SINK = Pattern.compile(
            "(?<=[:(]|\\s[-–—])\\s*(?:<=?\\s*|≤\\s*|under\\s+|within\\s+|max\\s+|at\\s+most\\s+)?" + DURATION, FLAGS);
    private static final Pattern HOURLY = Pattern.compile("\\bwithin\\s+(?:the|an|one)\\s+hour\\b|\\bhourly\\b", FLAGS);
    private static final Pattern DAILY = Pattern.compile("\\bwithin\\s+(?:a|one|the)\\s+day\\b|\\bdaily\\b|\\bonce\\s+a\\s+day\\b", FLAGS);
    private static final Pattern SUB_SECOND = Pattern.compile("sub[\\s-]*second|near[\\s-]*real[\\s-]*time|real[\\s-]*time", FLAGS);

    /**
     * How a latency or freshness objective can be written, in reading order. Some need a sink beside them to mean
     * anything ("1 second for Redis", "Snowflake hourly"); words such as "hourly" stand for a fixed duration.
     */
    private record Objective(Pattern pattern, boolean sinkRequired, long fixedMillis) {}

    private static final List<Objective> OBJECTIVES = List.of(
            new Objective(LATENCY_AFTER, false, 0), new Objective(LATENCY_BEFORE, false, 0),
            new Objective(LATENCY_WITHIN, false, 0), new Objective(LATENCY_FOR, true, 0),
            new Objective(LATENCY_BESIDE_SINK, true, 0), new Objective(HOURLY, true, 3_600_000L),
            new Objective(DAILY, true, 86_400_000L), new Objective(SUB_SECOND, false, 1_000L));
    private static final Pattern RETENTION = Pattern.compile(
            "(?:retention|retain(?:ed)?|replay(?:able)?|keep|kept)[^.;\\n\\d]{0,25}?(\\d{1,4})\\s*(days?|d\\b|weeks?|months?|hours?|h\\b)"
                    + "(?:\\s+(?:in|on)\\s+kafka)?"
                    + "|(\\d{1,4})[\\s-]*(days?|d\\b|weeks?|months?|hours?)[\\s-]*(?:of\\s+)?(?:kafka\\s+)?(?:retention|replay|history)",
            FLAGS);
    private static final Pattern FAN_OUT = Pattern.compile(
            "(?:(?:consumed|read)\\s+by\\s+|fan[\\s-]?out\\s+(?:to|of)\\s+)?(?:~|about\\s+|around\\s+|over\\s+)?(?<![\\d.])(\\d{1,5})\\+?\\s+"
                    + "(?:independent\\s+|separate\\s+|different\\s+|downstream\\s+|internal\\s+|other\\s+)*"
                    + "(?:consumer\\s+(?:applications|apps|services|groups)|consumers|applications|apps|microservices|services|teams)"
                    + "(?:\\s+(?:consume|read|subscribe\\s+to)\\s+(?:the\\s+)?(?:change\\s+)?(?:topics|events|streams?))?", FLAGS);
    private static final Pattern GDPR = Pattern.compile("\\bgdpr\\b(?:\\s+erasure)?|right to (?:be forgotten|erasure)|\\bccpa\\b", FLAGS);
    private static final Pattern PII = Pattern.compile("\\bpii\\b|personal(?:ly identifiable)? (?:data|information)", FLAGS);
    private static final Pattern HIPAA = Pattern.compile("\\bhipaa\\b|\\bphi\\b", FLAGS);
    private static final Pattern PCI = Pattern.compile("\\bpci(?:[\\s-]?dss)?\\b(?:\\s+level\\s+[1-4]\\b)?|cardholder", FLAGS);
    private static final Pattern MULTI_REGION = Pattern.compile(
            "(?:multi[\\s-]*region|cross[\\s-]*region|multi[\\s-]*(?:dc|datacenter|data center)|active[\\s-]*active|\\bdr\\s+region"
                    + "|disaster recovery|geo[\\s-]*replicat\\w*)"
                    // the second region, when named ("cross-region DR to us-west-2"), is part of the same fact
                    + "(?:\\s+(?:dr|failover|replica))?(?:\\s+(?:to|in|into)\\s+(?:region\\s+)?[a-z]{2,6}(?:-[a-z]{1,10}){1,2}-\\d{1,2}\\b)?", FLAGS);
    private static final Pattern GROWTH_FACTOR = Pattern.compile("(?<![\\d.])(\\d{1,4}(?:\\.\\d{1,2})?)\\s*[x×]\\s*(?:growth|per year|/\\s*y(?:ea)?r|yearly|annually|a year|in \\d+ years?|over \\d+ years?)(?:\\s+(?:in|over|within)\\s+(?:the\\s+next\\s+)?\\d{1,2}\\s+years?)?", FLAGS);
    /** "growth: 2x" in a list of requirements. */
    private static final Pattern GROWTH_LABEL = Pattern.compile("\\bgrowth\\s*[:=]\\s*(\\d{1,4}(?:\\.\\d{1,2})?)\\s*[x×](?:\\s*/\\s*y(?:ea)?r|\\s+per\\s+year)?", FLAGS);
    private static final Pattern GROWTH_PERCENT = Pattern.compile("(?:grow(?:ing|th|s)?)[^.;\\n]{0,20}?(\\d{1,4})\\s*%"
            + "(?:\\s+(?:per|a|each|every)\\s+(year|month|quarter)|\\s+(yearly|annually|monthly|quarterly))?", FLAGS);
    private static final Pattern DOUBLING = Pattern.compile("doubl(?:e|es|ing)(?:\\s+(?:every|each|per|a)\\s+year|\\s+yearly)?", FLAGS);
    private static final Pattern TRIPLING = Pattern.compile("\\btripl(?:e|es|ing)\\b(?:\\s+(?:every|each|per|a)\\s+year|\\s+yearly)?", FLAGS);
    private static final Pattern PROTOBUF = Pattern.compile("protobuf|proto3|protocol buffers", FLAGS);
    private static final Pattern AVRO = Pattern.compile("\\bavro\\b", FLAGS);
    private static final Pattern DEBEZIUM_SERVER = Pattern.compile(
            "(?i)(?<!instead of )(?<!not )(?<!without )(?<!no )\\bdebezium[ -]server\\b");

    record Read(DeliveryGuarantee delivery, Long latencyMillis, Integer retentionDays, Set<Compliance> compliance,
                boolean multiRegion, Double growthFactor, SchemaFormat schemaFormat, boolean debeziumServer,
                int consumerApplications, String downstreamExactlyOnce, Map<TargetKind, Long> sinkFreshness,
                boolean avroRuledOut, boolean deliveryConflict) {}

    private RequirementsReader() {}

    static Read read(SpanLedger ledger) {
        String downstream = downstreamExactlyOnce(ledger);
        DeliveryGuarantee delivery = null;
        Boolean exactlyOnce = downstream != null ? Boolean.TRUE
                : eitherOrNegation(ledger, EXACTLY_ONCE, "delivery", "exactly-once", "at-least-once (exactly-once not required)");
        if (Boolean.TRUE.equals(exactlyOnce)) delivery = DeliveryGuarantee.EXACTLY_ONCE;
        else if (Boolean.FALSE.equals(exactlyOnce)) delivery = DeliveryGuarantee.AT_LEAST_ONCE;
        else if (either(ledger, AT_LEAST_ONCE, "delivery", "at-least-once")) delivery = DeliveryGuarantee.AT_LEAST_ONCE;
        // "at-least-once is fine" in one text and "exactly-once required" in the other: a question, not a silent choice
        boolean deliveryConflict = Boolean.TRUE.equals(exactlyOnce)
                && either(ledger, AT_LEAST_ONCE, "delivery (also stated)", "at-least-once - see the question in the input warnings");

        Set<Compliance> compliance = EnumSet.noneOf(Compliance.class);
        if (Boolean.TRUE.equals(eitherOrNegation(ledger, GDPR, "compliance", Compliance.GDPR.displayName(), "not %s (as stated)".formatted(Compliance.GDPR.displayName())))) compliance.add(Compliance.GDPR);
        if (Boolean.TRUE.equals(eitherOrNegation(ledger, PII, "compliance", Compliance.PII.displayName(), "not %s (as stated)".formatted(Compliance.PII.displayName())))) compliance.add(Compliance.PII);
        if (Boolean.TRUE.equals(eitherOrNegation(ledger, HIPAA, "compliance", Compliance.HIPAA.displayName(), "not %s (as stated)".formatted(Compliance.HIPAA.displayName())))) compliance.add(Compliance.HIPAA);
        if (Boolean.TRUE.equals(eitherOrNegation(ledger, PCI, "compliance", Compliance.PCI_DSS.displayName(), "not %s (as stated)".formatted(Compliance.PCI_DSS.displayName())))) compliance.add(Compliance.PCI_DSS);

        Map<TargetKind, Long> freshness = new EnumMap<>(TargetKind.class);
        Long latency = latency(ledger, freshness);
        Integer retention = retention(ledger);
        int apps = fanOut(ledger);
        boolean multiRegion = either(ledger, MULTI_REGION, "multi-region / DR", "yes");
        Double growth = growth(ledger);
        SchemaFormat format = null;
        if (Boolean.TRUE.equals(eitherOrNegation(ledger, PROTOBUF, "serialization", "Protobuf", "not Protobuf (as stated)"))) {
            format = SchemaFormat.PROTOBUF;
        }
        Boolean avro = eitherOrNegation(ledger, AVRO, "serialization", "Avro", "not Avro (as stated)");
        if (format == null && Boolean.TRUE.equals(avro)) format = SchemaFormat.AVRO;
        // Avro ruled out and nothing else named: Protobuf is the other schema'd format the design supports
        boolean avroRuledOut = Boolean.FALSE.equals(avro) && format == null;
        if (avroRuledOut) format = SchemaFormat.PROTOBUF;
        boolean server = either(ledger, DEBEZIUM_SERVER, "capture runtime", "Debezium Server");
        return new Read(delivery, latency, retention, compliance, multiRegion, growth, format, server, apps, downstream, freshness,
                avroRuledOut, deliveryConflict);
    }

    /** TRUE when stated, FALSE when stated as negated ("no GDPR scope"), null when not mentioned in either text. */
    private static Boolean eitherOrNegation(SpanLedger ledger, Pattern pattern, String fact, String value, String negatedValue) {
        Boolean found = null;
        for (InputField field : InputField.values()) {
            Boolean here = ledger.factAllOrNegation(field, pattern, fact, value, negatedValue);
            if (here != null && found == null) found = here;
            else if (Boolean.TRUE.equals(here)) found = true;
        }
        return found;
    }

    private static boolean either(SpanLedger ledger, Pattern pattern, String fact, String value) {
        boolean found = false;
        for (InputField field : InputField.values()) found |= ledger.factAll(field, pattern, fact, value);
        return found;
    }

    private static String downstreamExactlyOnce(SpanLedger ledger) {
        for (InputField field : InputField.values()) {
            Matcher m = ledger.matcher(field, DOWNSTREAM_EXACTLY_ONCE);
            if (!m.find()) continue;
            String engine = m.group(1) != null ? m.group(1) : m.group(2);
            String consumer = engine == null ? "Kafka Streams" : engine.replaceAll("\\s+", " ");
            String shown = consumer.toLowerCase(Locale.ROOT).startsWith("kafka streams")
                    ? "Kafka Streams (processing.guarantee=exactly_once_v2)" : consumerName(consumer) + " exactly-once";
            ledger.fact(field, m.start(), m.end(), "downstream exactly-once consumer", shown);
            return shown;
        }
        return null;
    }

    /** The global latency objective; objectives stated next to one sink go to {@code freshness} instead. */
    private static Long latency(SpanLedger ledger, Map<TargetKind, Long> freshness) {
        Long global = null;
        for (InputField field : InputField.values()) {
            for (Objective objective : OBJECTIVES) {
                Matcher m = ledger.matcher(field, objective.pattern());
                while (m.find()) {
                    long millis = objective.fixedMillis();
                    if (millis == 0) {
                        int g = m.group(1) != null ? 1 : 3;
                        if (m.groupCount() < g || m.group(g) == null) continue;
                        millis = millis(m.group(g), m.group(g + 1));
                    }
                    TargetKind sink = objective.pattern() == LATENCY_FOR ? TargetReader.kindAt(ledger.full(field), m.end())
                            : sinkBeside(ledger.full(field), m.start(), m.end());
                    if (objective.sinkRequired() && sink == null) continue;
                    if (sink != null && !freshness.containsKey(sink)) {
                        freshness.put(sink, millis);
                        ledger.fact(field, m.start(), m.end(), "freshness objective for " + sink.displayName(), Units.millis(millis));
                    } else if (global == null) {
                        global = millis;
                        ledger.fact(field, m.start(), m.end(), "latency objective", Units.millis(millis)
                                + (objective.pattern() == SUB_SECOND ? " (near real time)" : " end to end"));
                    } else {
                        // objectives are read by how explicit their wording is, not by position: say which one counts
                        ledger.fact(field, m.start(), m.end(), "latency objective (also stated)", Units.millis(millis)
                                + " - not used: the design keeps " + Units.millis(global));
                    }
                }
            }
        }
        return global;
    }

    private static long millis(String digits, String unitText) {
        double value = Double.parseDouble(digits.replace(',', '.'));
        String unit = unitText.toLowerCase(Locale.ROOT);
        double millis = unit.startsWith("ms") || unit.startsWith("milli") ? value
                : unit.startsWith("h") ? value * 3_600_000
                : unit.startsWith("m") ? value * 60_000 : value * 1000;
        return Math.max(1L, Math.round(millis));
    }

    /**
     * The sink named in the clause around an objective, nearest before it ("Snowflake (freshness within 10 minutes)
     * and Elasticsearch (p99 under 2 s)"), else the first after it. The clause is cut to a window so that many
     * objectives in one long clause stay linear.
     */
    private static TargetKind sinkBeside(String text, int start, int end) {
        int s = start;
        while (s > 0 && start - s < BESIDE && ".;\n,".indexOf(text.charAt(s - 1)) < 0) s--;
        int e = end;
        while (e < text.length() && e - end < BESIDE && ".;\n,".indexOf(text.charAt(e)) < 0) e++;
        return TargetReader.kindNamedIn(text.substring(s, e), start - s);
    }

    private static Integer retention(SpanLedger ledger) {
        for (InputField field : InputField.values()) {
            Matcher ms = ledger.matcher(field, RETENTION_MS);
            if (ms.find()) {
                int days = (int) Math.max(1, Math.round(Long.parseLong(ms.group(1)) / 86_400_000.0));
                ledger.fact(field, ms.start(), ms.end(), "Kafka retention", days + (days == 1 ? " day" : " days"));
                return days;
            }
        }
        for (InputField field : InputField.values()) {
            Matcher m = ledger.matcher(field, RETENTION);
            boolean found = false;
            while (!found && m.find()) found = !aboutBackups(ledger.full(field), m.start());
            if (!found) continue;
            String digits = m.group(1) != null ? m.group(1) : m.group(3);
            String unit = (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
            int n = Integer.parseInt(digits);
            int days;
            if (unit.startsWith("w")) days = n * 7;
            else if (unit.startsWith("m")) days = n * 30;
            else if (unit.startsWith("h")) days = Math.max(1, (n + 23) / 24);
            else days = Math.max(1, n);
            ledger.fact(field, m.start(), m.end(), "Kafka retention", days + (days == 1 ? " day" : " days"));
            return days;
        }
        return null;
    }

    /** "backup retention 30 days", "backups are retained for 30 days": not the Kafka retention; left for "Not understood". */
    private static boolean aboutBackups(String text, int at) {
        int s = at;
        while (s > 0 && at - s < 40 && ".;\n,".indexOf(text.charAt(s - 1)) < 0) s--;
        return BACKUPS.matcher(text.substring(s, at)).find();
    }

    private static int fanOut(SpanLedger ledger) {
        for (InputField field : InputField.values()) {
            Matcher m = ledger.matcher(field, FAN_OUT);
            if (!m.find()) continue;
            int apps = Math.min(10_000, Integer.parseInt(m.group(1)));
            ledger.fact(field, m.start(), m.end(), "consumer applications", apps + " besides the sinks");
            return apps;
        }
        return 0;
    }

    private static Double growth(SpanLedger ledger) {
        for (InputField field : InputField.values()) {
            Matcher factor = ledger.matcher(field, GROWTH_FACTOR);
            if (!factor.find()) {
                factor = ledger.matcher(field, GROWTH_LABEL);
                if (!factor.find()) factor = null;
            }
            if (factor != null) {
                double g = Math.max(1.0, Double.parseDouble(factor.group(1)));
                ledger.fact(field, factor.start(), factor.end(), "growth", Units.decimal(g) + "x");
                return g;
            }
            Matcher percent = ledger.matcher(field, GROWTH_PERCENT);
            if (percent.find()) {
                // a monthly or quarterly rate compounds to a yearly factor: 5% a month is 1.8x a year
                String period = (percent.group(2) != null ? percent.group(2) : String.valueOf(percent.group(3))).toLowerCase(Locale.ROOT);
                int periods = period.startsWith("month") ? 12 : period.startsWith("quarter") ? 4 : 1;
                double g = Math.pow(1.0 + Integer.parseInt(percent.group(1)) / 100.0, periods);
                ledger.fact(field, percent.start(), percent.end(), "growth", Units.decimal(g) + "x");
                return g;
            }
            if (ledger.factAll(field, DOUBLING, "growth", "2x")) return 2.0;
            if (ledger.factAll(field, TRIPLING, "growth", "3x")) return 3.0;
        }
        return null;
    }

    private static String consumerName(String stated) {
        String s = stated.toLowerCase(Locale.ROOT);
        return s.equals("ksqldb") ? "ksqlDB" : capitalise(s);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
