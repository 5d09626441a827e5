package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.Compliance;
import dev.cdcarchitect.domain.DeliveryGuarantee;
import dev.cdcarchitect.domain.SchemaFormat;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads delivery, latency, retention, compliance, region and growth requirements from either text. */
final class RequirementsReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern EXACTLY_ONCE = Pattern.compile("exactly[\\s-]*once|\\beos\\b|effectively[\\s-]*once", FLAGS);
    private static final Pattern AT_LEAST_ONCE = Pattern.compile("at[\\s-]*least[\\s-]*once", FLAGS);
    private static final Pattern LATENCY = Pattern.compile(
            "(?:latency|lag|freshness|end[\\s-]to[\\s-]end|e2e|slo|p9\\d|delay)[^.;\\n]{0,40}?"
                    + "(?:<|≤|<=|under|below|within|of|less than|max(?:imum)?|at most|:)?\\s*~?(?<![\\d.])(\\d{1,9}(?:\\.\\d{1,3})?)\\s*"
                    + "(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)\\b",
            FLAGS);
    private static final Pattern SUB_SECOND = Pattern.compile("sub[\\s-]*second|near[\\s-]*real[\\s-]*time|real[\\s-]*time", FLAGS);
    private static final Pattern RETENTION = Pattern.compile(
            "(?:retention|retain(?:ed)?|replay(?:able)?|keep)[^.;\\n]{0,25}?(\\d{1,4})\\s*(days?|d\\b|weeks?|months?|hours?|h\\b)"
                    + "|(\\d{1,4})[\\s-]*(days?|d\\b|weeks?|months?|hours?)[\\s-]*(?:of\\s+)?(?:retention|replay|history)",
            FLAGS);
    private static final Pattern GDPR = Pattern.compile("\\bgdpr\\b|right to (?:be forgotten|erasure)|\\bccpa\\b", FLAGS);
    private static final Pattern PII = Pattern.compile("\\bpii\\b|personal(?:ly identifiable)? (?:data|information)", FLAGS);
    private static final Pattern HIPAA = Pattern.compile("\\bhipaa\\b|\\bphi\\b", FLAGS);
    private static final Pattern PCI = Pattern.compile("\\bpci(?:[\\s-]?dss)?\\b|cardholder", FLAGS);
    private static final Pattern MULTI_REGION = Pattern.compile(
            "multi[\\s-]*region|cross[\\s-]*region|multi[\\s-]*(?:dc|datacenter|data center)|active[\\s-]*active|\\bdr\\s+region|disaster recovery|geo[\\s-]*replicat", FLAGS);
    private static final Pattern GROWTH_FACTOR = Pattern.compile("(?<![\\d.])(\\d{1,4}(?:\\.\\d{1,2})?)\\s*[x×]\\s*(?:growth|per year|yearly|annually|a year|in \\d+ years?|over \\d+ years?)", FLAGS);
    private static final Pattern GROWTH_PERCENT = Pattern.compile("(?:grow(?:ing|th|s)?)[^.;\\n]{0,20}?(\\d{1,4})\\s*%", FLAGS);
    private static final Pattern DOUBLING = Pattern.compile("doubl(?:e|es|ing)", FLAGS);
    private static final Pattern PROTOBUF = Pattern.compile("protobuf|proto3|protocol buffers", FLAGS);

    record Read(DeliveryGuarantee delivery, Long latencyMillis, Integer retentionDays, Set<Compliance> compliance,
                boolean multiRegion, Double growthFactor, SchemaFormat schemaFormat) {}

    private RequirementsReader() {}

    static Read read(String text) {
        DeliveryGuarantee delivery = null;
        if (EXACTLY_ONCE.matcher(text).find()) delivery = DeliveryGuarantee.EXACTLY_ONCE;
        else if (AT_LEAST_ONCE.matcher(text).find()) delivery = DeliveryGuarantee.AT_LEAST_ONCE;

        Set<Compliance> compliance = EnumSet.noneOf(Compliance.class);
        if (GDPR.matcher(text).find()) compliance.add(Compliance.GDPR);
        if (PII.matcher(text).find()) compliance.add(Compliance.PII);
        if (HIPAA.matcher(text).find()) compliance.add(Compliance.HIPAA);
        if (PCI.matcher(text).find()) compliance.add(Compliance.PCI_DSS);

        return new Read(delivery, latency(text), retention(text), compliance,
                MULTI_REGION.matcher(text).find(), growth(text),
                PROTOBUF.matcher(text).find() ? SchemaFormat.PROTOBUF : null);
    }

    private static Long latency(String text) {
        Matcher m = LATENCY.matcher(text);
        if (m.find()) {
            double value = Double.parseDouble(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            double millis = unit.startsWith("ms") || unit.startsWith("milli") ? value
                    : unit.startsWith("m") ? value * 60_000 : value * 1000;
            return Math.max(1L, Math.round(millis));
        }
        return SUB_SECOND.matcher(text).find() ? 1000L : null;
    }

    private static Integer retention(String text) {
        Matcher m = RETENTION.matcher(text);
        if (!m.find()) return null;
        String digits = m.group(1) != null ? m.group(1) : m.group(3);
        String unit = (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
        int n = Integer.parseInt(digits);
        if (unit.startsWith("w")) return n * 7;
        if (unit.startsWith("m")) return n * 30;
        if (unit.startsWith("h")) return Math.max(1, (n + 23) / 24);
        return Math.max(1, n);
    }

    private static Double growth(String text) {
        Matcher factor = GROWTH_FACTOR.matcher(text);
        if (factor.find()) return Math.max(1.0, Double.parseDouble(factor.group(1)));
        Matcher percent = GROWTH_PERCENT.matcher(text);
        if (percent.find()) return 1.0 + Integer.parseInt(percent.group(1)) / 100.0;
        return DOUBLING.matcher(text).find() ? 2.0 : null;
    }
}
