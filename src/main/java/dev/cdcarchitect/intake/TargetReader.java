package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Kafka platform and every downstream system from the target text. */
final class TargetReader {

    record Read(KafkaPlatform platform, String platformEvidence, List<Target> targets, List<String> unsupported) {}

    private record TargetPattern(TargetKind kind, String flavour, Pattern pattern) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern CONFLUENT_CLOUD = Pattern.compile("confluent[\\s-]*cloud", FLAGS);
    private static final Pattern CONFLUENT = Pattern.compile("\\bconfluent\\b(?![\\s-]+schema[\\s-]+registry)(?:\\s+platform\\b)?", FLAGS);
    private static final Pattern CONFLUENT_PLATFORM = Pattern.compile("\\bconfluent\\s+platform\\b", FLAGS);
    private static final Pattern MSK = Pattern.compile("\\bmsk\\b|managed streaming for (?:apache )?kafka", FLAGS);
    private static final Pattern REDPANDA = Pattern.compile("\\bredpanda\\b", FLAGS);
    private static final Pattern STRIMZI = Pattern.compile("\\bstrimzi\\b", FLAGS);
    private static final Pattern EVENT_HUBS = Pattern.compile("event[\\s-]?hubs?", FLAGS);
    private static final Pattern KAFKA = Pattern.compile("\\bkafka\\b(?![\\s-]+streams)", FLAGS);

    private static final List<TargetPattern> TARGETS = List.of(
            target(TargetKind.SNOWFLAKE, "", "\\bsnowflake\\b"),
            target(TargetKind.ELASTICSEARCH, "", "\\belastic[\\s-]?search\\b|\\belastic cloud\\b|\\belk\\b"
                    // the company's name for its search product, not AWS's Elastic Beanstalk, Elastic IP, ...
                    + "|\\belastic\\b(?![\\s-]+(?:beanstalk|block|ip|load|compute|kubernetes|container|file|mapreduce|transcoder|disaster))"),
            target(TargetKind.OPENSEARCH, "", "\\bopen[\\s-]?search\\b"),
            target(TargetKind.BIGQUERY, "", "\\bbig[\\s-]?query\\b|\\bbq\\b"),
            target(TargetKind.ICEBERG, "", "\\biceberg\\b"),
            target(TargetKind.DELTA_LAKE, "", "\\bdelta(?:[\\s-]?lake)?\\b"),
            target(TargetKind.DATABRICKS, "", "\\bdatabricks\\b"),
            target(TargetKind.S3, "", "\\bs3\\b|\\bgcs\\b|\\badls\\b|object storage|data lake(?!house)|\\bminio\\b"
                    + "|\\bgoogle\\s+cloud\\s+storage\\b|\\b(?:azure\\s+)?blob\\s+storage\\b|\\bazure\\s+blobs?\\b"),
            target(TargetKind.REDIS, "", "\\bredis\\b|\\belasticache\\b|\\bmemorystore\\b|\\bvalkey\\b"),
            target(TargetKind.CLICKHOUSE, "", "\\bclick[\\s-]?house\\b"),
            target(TargetKind.RELATIONAL_REPLICA, "PostgreSQL", "\\bpostgres(?:ql)?\\b|\\baurora postgres"),
            target(TargetKind.RELATIONAL_REPLICA, "MySQL", "\\bmysql\\b|\\bmaria[\\s-]?db\\b"),
            target(TargetKind.RELATIONAL_REPLICA, "SQL Server", "\\bsql[\\s-]?server\\b|\\bazure sql\\b"),
            target(TargetKind.RELATIONAL_REPLICA, "Oracle", "\\boracle\\b"),
            target(TargetKind.RELATIONAL_REPLICA, "relational database", "relational (?:replica|database|db)|\\bjdbc\\b"));

    private static final Pattern UNSUPPORTED = Pattern.compile(
            "\\b(kinesis|pulsar|pub/?sub|redshift|synapse|cosmos\\s?db|dynamo\\s?db|hive|solr|pinecone|rabbitmq|nats|cassandra|mongo(?:db)?|neo4j|druid|pinot|vertica|teradata)\\b",
            FLAGS);

    private TargetReader() {}

    private static TargetPattern target(TargetKind kind, String flavour, String regex) {
        return new TargetPattern(kind, flavour, Pattern.compile(regex, FLAGS));
    }

    static Read read(SpanLedger ledger) {
        KafkaPlatform platform = null;
        String evidence = null;
        if (platformFact(ledger, CONFLUENT_CLOUD, KafkaPlatform.CONFLUENT_CLOUD)) platform = KafkaPlatform.CONFLUENT_CLOUD;
        else if (ledger.matcher(InputField.TARGET, CONFLUENT).find()) {
            platform = KafkaPlatform.CONFLUENT_PLATFORM;
            // "Confluent Platform" is stated; a bare "Confluent" is only our reading of it
            if (!ledger.matcher(InputField.TARGET, CONFLUENT_PLATFORM).find()) {
                evidence = "\"Confluent\" without \"Cloud\" is read as self-managed Confluent Platform";
            }
            platformFact(ledger, CONFLUENT, platform);
        } else if (platformFact(ledger, MSK, KafkaPlatform.AMAZON_MSK)) platform = KafkaPlatform.AMAZON_MSK;
        else if (platformFact(ledger, REDPANDA, KafkaPlatform.REDPANDA)) platform = KafkaPlatform.REDPANDA;
        else if (platformFact(ledger, STRIMZI, KafkaPlatform.STRIMZI)) platform = KafkaPlatform.STRIMZI;
        else if (platformFact(ledger, EVENT_HUBS, KafkaPlatform.AZURE_EVENT_HUBS)) platform = KafkaPlatform.AZURE_EVENT_HUBS;
        else if (platformFact(ledger, KAFKA, KafkaPlatform.APACHE_KAFKA)) platform = KafkaPlatform.APACHE_KAFKA;
        if (platform != null) ledger.factAll(InputField.TARGET, KAFKA, "transport", "Kafka");

        List<Target> targets = new ArrayList<>();
        for (TargetPattern candidate : TARGETS) {
            Matcher m = ledger.matcher(InputField.TARGET, candidate.pattern());
            if (!m.find()) continue;
            Target found = new Target(candidate.kind(), candidate.flavour());
            boolean lakeAlreadyNamed = candidate.kind() == TargetKind.S3
                    && (contains(targets, TargetKind.ICEBERG) || contains(targets, TargetKind.DELTA_LAKE));
            boolean replicaAlreadyNamed = candidate.kind() == TargetKind.RELATIONAL_REPLICA
                    && candidate.flavour().equals("relational database") && contains(targets, TargetKind.RELATIONAL_REPLICA);
            boolean deltaOnDatabricks = candidate.kind() == TargetKind.DATABRICKS && contains(targets, TargetKind.DELTA_LAKE);
            boolean kept = !lakeAlreadyNamed && !replicaAlreadyNamed && !deltaOnDatabricks && !targets.contains(found);
            if (kept) targets.add(found);
            String shown = kept ? found.label() : found.label() + " (part of a sink named before)";
            ledger.fact(InputField.TARGET, m.start(), m.end(), "target", shown);
            while (m.find()) ledger.use(InputField.TARGET, m.start(), m.end());
        }
        List<String> unsupported = new ArrayList<>();
        Matcher other = ledger.matcher(InputField.TARGET, UNSUPPORTED);
        while (other.find()) {
            if (!unsupported.contains(other.group(1))) unsupported.add(other.group(1));
        }
        return new Read(platform, evidence, targets, unsupported);
    }

    private static boolean platformFact(SpanLedger ledger, Pattern pattern, KafkaPlatform platform) {
        return ledger.factAll(InputField.TARGET, pattern, "Kafka platform", platform.displayName());
    }

    /** The sink named right at {@code at} ("... for Redis"), or null. */
    static TargetKind kindAt(String text, int at) {
        for (TargetPattern candidate : TARGETS) {
            Matcher m = candidate.pattern().matcher(text).useTransparentBounds(true);
            m.region(at, Math.min(text.length(), at + 40));
            if (m.lookingAt()) return candidate.kind();
        }
        return null;
    }

    /** The sink a clause names nearest before {@code at}, else the first one after it; null if none. */
    static TargetKind kindNamedIn(String clause, int at) {
        TargetKind before = null;
        TargetKind after = null;
        int beforeAt = -1;
        int afterAt = Integer.MAX_VALUE;
        for (TargetPattern candidate : TARGETS) {
            Matcher m = candidate.pattern().matcher(clause);
            while (m.find()) {
                if (m.start() >= at) {
                    if (m.start() < afterAt) {
                        afterAt = m.start();
                        after = candidate.kind();
                    }
                    break;
                }
                if (m.start() > beforeAt) {
                    beforeAt = m.start();
                    before = candidate.kind();
                }
            }
        }
        return before != null ? before : after;
    }

    private static boolean contains(List<Target> targets, TargetKind kind) {
        for (Target t : targets) {
            if (t.kind() == kind) return true;
        }
        return false;
    }
}
