package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.TransportFacts;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the user said about the Kafka platform: how clients authenticate ("SCRAM", "IAM auth", "mTLS",
 * "OAuth"), MSK Serverless, and the Event Hubs or Confluent Cloud tier. Runs before the platform is read, so
 * "MSK Serverless" is one fact and the platform (MSK) another.
 */
final class TransportReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern MECHANISM = Pattern.compile(
            "\\b(?:sasl[/_\\s-]?)?(scram(?:-sha-(?:256|512))?|plain|oauth(?:bearer)?|gssapi|kerberos)\\b(?:\\s+(?:auth(?:entication)?|credentials|users?))?"
                    + "|\\b(iam)\\s+(?:auth(?:entication)?|access\\s+control|roles?)\\b|\\b(mtls|mutual\\s+tls|tls\\s+client\\s+certificates?)\\b",
            FLAGS);
    private static final Pattern PLAIN_ALONE = Pattern.compile("^plain$", FLAGS);
    private static final Pattern SERVERLESS = Pattern.compile("\\b(?:msk|amazon\\s+msk)\\s+serverless\\b", FLAGS);
    private static final Pattern TIER = Pattern.compile(
            "\\b(basic|standard|premium|dedicated|enterprise|freight)\\s+(?:tier|plan|sku|cluster)\\b|\\btier\\s*[:=]?\\s*(basic|standard|premium|dedicated)\\b",
            FLAGS);

    private TransportReader() {}

    static TransportFacts read(SpanLedger ledger) {
        InputField target = InputField.TARGET;
        boolean serverless = false;
        Matcher s = ledger.matcher(target, SERVERLESS);
        if (s.find()) {
            serverless = true;
            ledger.fact(target, s.start() + s.group().toLowerCase(Locale.ROOT).lastIndexOf("serverless"), s.end(),
                    "MSK cluster type", "MSK Serverless");
        }
        String mechanism = null;
        Matcher m = ledger.matcher(target, MECHANISM);
        while (m.find()) {
            // "plain" alone is an ordinary word ("plain JSON"); only "SASL/PLAIN" or "PLAIN auth" name the mechanism
            if (m.group(1) != null && PLAIN_ALONE.matcher(m.group(1)).matches() && m.group().equalsIgnoreCase("plain")) continue;
            mechanism = normalise(m);
            ledger.fact(target, m.start(), m.end(), "Kafka authentication (stated)", mechanism);
            break;
        }
        String tier = null;
        Matcher t = ledger.matcher(target, TIER);
        if (t.find()) {
            String word = t.group(1) != null ? t.group(1) : t.group(2);
            tier = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
            ledger.fact(target, t.start(), t.end(), "platform tier", tier);
        }
        return new TransportFacts(mechanism, serverless, tier);
    }

    private static String normalise(Matcher m) {
        if (m.group(2) != null) return "AWS_MSK_IAM";
        if (m.group(3) != null) return "MTLS";
        String word = m.group(1).toLowerCase(Locale.ROOT);
        if (word.startsWith("scram")) return word.endsWith("256") ? "SCRAM-SHA-256" : "SCRAM-SHA-512";
        if (word.startsWith("oauth")) return "OAUTHBEARER";
        if (word.equals("gssapi") || word.equals("kerberos")) return "GSSAPI";
        return "PLAIN";
    }
}
