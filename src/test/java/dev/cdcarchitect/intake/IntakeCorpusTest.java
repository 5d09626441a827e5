package dev.cdcarchitect.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.Compliance;
import dev.cdcarchitect.domain.DataTrait;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.NotUnderstood;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.StatedFact;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Phrasings as architects write them (src/test/resources/intake/corpus.tsv), each with what the intake must read
 * from it. A row is {@code source TAB target TAB expectations}; expectations are {@code key=value} pairs separated
 * by {@code " ; "} (keys are listed in {@link #check}). Every stated fact is also checked not to appear as an
 * assumption, and unless a row lists what is expected under "Not understood" ({@code nu~words}) nothing may be
 * left there. Contradiction warnings (those with a question) must be listed too ({@code ask~words}).
 */
class IntakeCorpusTest {

    private static final String CORPUS = "/intake/corpus.tsv";

    /** The assumption a stated fact replaces: stating the fact must remove it. */
    private static final Map<String, List<String>> ASSUMPTION_OF = Map.ofEntries(
            Map.entry("version", List.of("version")),
            Map.entry("hosting", List.of("hosting")),
            Map.entry("platform", List.of("transport")),
            Map.entry("nativeSink", List.of("transport", "Kafka retention")),
            Map.entry("volume", List.of("volume")),
            Map.entry("peak", List.of("peak change rate", "peak rate")),
            Map.entry("rate", List.of("peak change rate")),
            Map.entry("rowsPerTx", List.of("row changes per transaction")),
            Map.entry("rowBytes", List.of("row size", "document size")),
            Map.entry("tables", List.of("captured tables", "captured collections")),
            Map.entry("largestRows", List.of("largest table", "largest collection")),
            Map.entry("delivery", List.of("delivery")),
            Map.entry("latency", List.of("latency SLO")),
            Map.entry("retention", List.of("Kafka retention")),
            Map.entry("growth", List.of("growth")),
            Map.entry("format", List.of("serialization")));

    private final DesignInputParser parser = new DesignInputParser();

    record Row(int line, String source, String target, List<String[]> expectations) {
        String name() {
            String s = source.length() > 70 ? source.substring(0, 67) + "..." : source;
            return "line " + line + ": " + s;
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = IntakeCorpusTest.class.getResourceAsStream(CORPUS)) {
            assertNotNull(in, CORPUS);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 3) fail("corpus line " + (i + 1) + " needs 3 tab-separated columns, has " + cols.length);
                List<String[]> expectations = new ArrayList<>();
                for (String e : cols[2].split(" ; ")) {
                    String s = e.strip();
                    if (s.isEmpty()) continue;
                    int op = opIndex(s);
                    if (op < 0) fail("corpus line " + (i + 1) + ": expectation without = or ~: " + s);
                    expectations.add(new String[] {s.substring(0, op), s.substring(op, op + 1), s.substring(op + 1)});
                }
                rows.add(new Row(i + 1, unescape(cols[0]), unescape(cols[1]), expectations));
            }
        }
        return rows;
    }

    private static int opIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '=' || s.charAt(i) == '~') return i;
        }
        return -1;
    }

    /** "\n" in a cell is a line break in the text. */
    private static String unescape(String cell) {
        return cell.strip().replace("\\n", "\n");
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> check(row)));
    }

    @Test
    void corpusIsLargeAndCoversTheReadme() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 150, "corpus rows: " + rows.size());
        StringBuilder all = new StringBuilder();
        for (Row r : rows) all.append(r.source).append('\n').append(r.target).append('\n');
        String text = all.toString().toLowerCase(Locale.ROOT);
        // Every example in the README's table "What the intake reads" is a phrasing of this corpus.
        for (String example : List.of("PostgreSQL 15.4", "pg16", "MySQL 8.0.35 on RDS", "Aurora MySQL 3.05",
                "MongoDB 6.0 replica set", "Oracle 19c", "23ai", "SQL Server 2019", "Db2 11.5", "Cassandra 4.1",
                "RDS", "Aurora", "Cloud SQL", "AlloyDB", "Flexible Server", "SQL Managed Instance", "Atlas",
                "on-prem", "EC2", "CloudNativePG", "Crunchy", "Zalando", "Percona", "MongoDB operator", "K8ssandra",
                "10k TPS", "~8,000 TPS", "peak 8,000 row changes/s", "90,000 row changes per minute", "2M events/hour",
                "average 1.5k writes/sec", "bursts to 40k ops/s", "5 rows per transaction",
                "50TB", "4 TiB", "about 800 GB of data", "average row size 2 KB", "1,200 tables", "largest table 4 billion rows",
                "3 databases (sales, billing, crm)", "capture only the tables orders, order_items and payments",
                "skip audit_log", "the customers table has an ssn column that must never leave the database",
                "must be masked", "tables audit_log and events_raw have no primary key",
                "the orders table is 1.2 TB and takes 70 % of the writes", "measurements is partitioned",
                "CLOB columns in documents", "truncates must reach the target", "truncates can be ignored",
                "SKUs are re-keyed by UPDATE of a primary-key column", "large transactions", "batch jobs updating 500k rows",
                "binlog retention on the primary is 24 h", "oplog window of 48 hours", "binlog_expire_logs_seconds=86400",
                "binlog_format=STATEMENT", "minimal row image", "existing slot analytics_slot",
                "publication dbz_pub already exists", "we already own a GoldenGate licence", "no GoldenGate",
                "no Kafka is allowed; Google Pub/Sub", "exactly-once", "Kafka Streams with exactly_once_v2 downstream",
                "p99 under 500 ms", "15-minute freshness SLO", "within 2 seconds", "sub-second", "14 days retention",
                "40 independent consumer applications", "multi-region", "GDPR", "PII", "HIPAA", "PCI", "3x growth",
                "growing 40% a year", "Avro", "Protobuf", "Debezium Server")) {
            assertTrue(text.contains(example.toLowerCase(Locale.ROOT)), "README example not in the corpus: " + example);
        }
    }

    private void check(Row row) {
        DesignInput in = parser.parse(row.source, row.target);
        String context = "\nsource: " + row.source + "\ntarget: " + row.target + "\nfacts: " + facts(in)
                + "\nassumptions: " + in.assumptions().stream().map(Assumption::field).toList()
                + "\nnot understood: " + in.trace().notUnderstood().stream().map(NotUnderstood::words).toList()
                + "\nwarnings: " + in.inputWarnings();
        List<String> expectedNotUnderstood = new ArrayList<>();
        List<String> expectedQuestions = new ArrayList<>();
        for (String[] e : row.expectations) {
            String key = e[0];
            String value = e[2];
            String where = "line " + row.line + " expects " + key + e[1] + value + context;
            if (e[1].equals("~")) {
                switch (key) {
                    case "nu" -> expectedNotUnderstood.add(value);
                    case "ask" -> expectedQuestions.add(value);
                    case "warn" -> assertTrue(in.inputWarnings().stream().anyMatch(w -> w.contains(value)), where);
                    case "fact" -> assertTrue(in.trace().facts().stream().anyMatch(f -> f.fact().contains(value)), where);
                    case "downstream" -> assertTrue(in.requirements().downstreamExactlyOnce() != null
                            && in.requirements().downstreamExactlyOnce().contains(value), where);
                    default -> fail("unknown key " + key + "~ at line " + row.line);
                }
                continue;
            }
            if (key.equals("assumed")) {
                assertTrue(in.assumptions().stream().anyMatch(a -> a.field().equals(value)), where);
                continue;
            }
            checkValue(in, key, value, where);
            for (String field : ASSUMPTION_OF.getOrDefault(key, List.of())) {
                // a reading the text leaves open (e.g. "Confluent" read as Confluent Platform) is declared with assumed=
                if (row.expectations.stream().anyMatch(x -> x[0].equals("assumed") && x[2].equals(field))) continue;
                assertFalse(in.assumptions().stream().anyMatch(a -> a.field().equals(field)),
                        "stated " + key + " must not be the assumption '" + field + "'; " + where);
            }
        }
        List<NotUnderstood> left = in.trace().notUnderstood();
        for (String words : expectedNotUnderstood) {
            assertTrue(left.stream().anyMatch(n -> n.words().contains(words)), "expected under Not understood: " + words + context);
        }
        for (NotUnderstood n : left) {
            assertTrue(expectedNotUnderstood.stream().anyMatch(w -> n.words().contains(w)),
                    "line " + row.line + ": not understood although readable: '" + n.words() + "'" + context);
        }
        List<String> questions = in.inputWarnings().stream().filter(w -> w.contains("?")).toList();
        for (String words : expectedQuestions) {
            assertTrue(questions.stream().anyMatch(q -> q.contains(words)), "expected a question about: " + words + context);
        }
        for (String q : questions) {
            assertTrue(expectedQuestions.stream().anyMatch(q::contains), "line " + row.line + ": unexpected question: " + q + context);
        }
    }

    private static String facts(DesignInput in) {
        StringBuilder s = new StringBuilder();
        for (StatedFact f : in.trace().facts()) s.append("\n  ").append(f.fact()).append(" = ").append(f.value()).append("  <- '").append(f.words()).append("'");
        return s.toString();
    }

    private static void checkValue(DesignInput in, String key, String value, String where) {
        var s = in.source();
        var r = in.requirements();
        var f = in.facts();
        switch (key) {
            case "engine" -> assertEquals(value, s.engine().name(), where);
            case "version" -> assertEquals(value, s.version(), where);
            case "hosting" -> assertEquals(value, s.hosting().name(), where);
            case "operator" -> assertTrue(in.trace().facts().stream().anyMatch(x -> x.value().contains("Kubernetes operator")
                    && x.words().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))), where);
            case "platform" -> assertEquals(value, in.platform().name(), where);
            case "targets" -> assertEquals(value, String.join(",", in.targets().stream().map(IntakeCorpusTest::label).toList()), where);
            case "volume" -> near(Double.parseDouble(value), s.volumeBytes(), where);
            case "peak", "rate" -> near(Double.parseDouble(value), s.peakChangesPerSecond(), where);
            case "rowsPerTx" -> assertTrue(in.trace().facts().stream().anyMatch(x -> x.fact().equals("row changes per transaction")
                    && x.value().equals(value)), where);
            case "rowBytes" -> assertEquals(Integer.parseInt(value), s.averageRowBytes(), where);
            case "tables" -> assertEquals(Integer.parseInt(value), s.tableCount(), where);
            case "largestRows" -> near(Double.parseDouble(value), s.largestTableRows(), where);
            case "workload" -> assertTrue(s.has(Workload.valueOf(value)), where);
            case "keys" -> assertTrue(s.has(KeyTrait.valueOf(value)), where);
            case "data" -> assertTrue(s.has(DataTrait.valueOf(value)), where);
            case "ha" -> assertTrue(s.has(HaTrait.valueOf(value)), where);
            case "nodes" -> assertEquals(Integer.parseInt(value), s.nodeCount(), where);
            case "truncates" -> assertEquals(Boolean.parseBoolean(value), f.propagateTruncates(), where);
            case "pkUpdates" -> assertEquals(Boolean.parseBoolean(value), f.primaryKeyUpdates(), where);
            case "largeTx" -> assertEquals(Boolean.parseBoolean(value), f.largeTransactions(), where);
            case "goldenGate" -> assertEquals(Boolean.parseBoolean(value), f.goldenGateLicence(), where);
            case "logRetention" -> assertEquals(Integer.valueOf(value), f.logRetentionHours(), where);
            case "binlogFormat" -> assertEquals(value, f.binlogFormat(), where);
            case "rowImage" -> assertEquals(value, f.binlogRowImage(), where);
            case "slot" -> assertEquals(value, f.existingSlot(), where);
            case "publication" -> assertEquals(value, f.existingPublication(), where);
            case "nativeSink" -> assertEquals(value, String.valueOf(r.nativeSink()), where);
            case "runtime" -> assertEquals(value, r.runtime().name(), where);
            case "delivery" -> assertEquals(value, r.delivery().name(), where);
            case "latency" -> assertEquals(Long.parseLong(value), r.latencySloMillis(), where);
            case "retention" -> assertEquals(Integer.parseInt(value), r.retentionDays(), where);
            case "apps" -> assertEquals(Integer.parseInt(value), r.consumerApplications(), where);
            case "multiRegion" -> assertEquals(Boolean.parseBoolean(value), r.multiRegion(), where);
            case "compliance" -> {
                Set<Compliance> expected = EnumSet.noneOf(Compliance.class);
                for (String c : value.split(",")) if (!c.isBlank()) expected.add(Compliance.valueOf(c.strip()));
                assertEquals(expected, r.compliance(), where);
            }
            case "growth" -> near(Double.parseDouble(value), r.growthFactor(), where);
            case "format" -> assertEquals(value, r.schemaFormat().name(), where);
            case "noWarnings" -> assertEquals(List.of(), in.inputWarnings(), where);
            case "objects" -> assertEquals(Integer.parseInt(value), in.facts().objects().size(), where);
            default -> {
                if (key.startsWith("fresh:")) {
                    assertEquals(Long.valueOf(value), r.sinkFreshnessMillis().get(TargetKind.valueOf(key.substring(6))), where);
                } else if (isObjectKey(key)) {
                    checkObject(in, key, value, where);
                } else {
                    fail("unknown key " + key + " in " + where);
                }
            }
        }
    }

    private static boolean isObjectKey(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) return false;
        String kind = key.substring(0, colon);
        return Set.of("database", "schema", "table", "column", "share", "size").contains(kind);
    }

    /** {@code table:orders=CAPTURED+HOT}, {@code share:orders=0.7}, {@code size:orders=1.2e12}. */
    private static void checkObject(DesignInput in, String key, String value, String where) {
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String name = key.substring(colon + 1);
        if (kind.equals("share") || kind.equals("size")) {
            NamedObject o = find(in, ObjectKind.TABLE, name, where);
            Number actual = kind.equals("share") ? o.writeShare() : o.sizeBytes();
            assertNotNull(actual, where);
            near(Double.parseDouble(value), actual.doubleValue(), where);
            return;
        }
        NamedObject o = find(in, ObjectKind.valueOf(kind.toUpperCase(Locale.ROOT)), name, where);
        Set<String> expected = new TreeSet<>(List.of(value.split("\\+")));
        Set<String> actual = new TreeSet<>();
        for (ObjectRole role : o.roles()) actual.add(role.name());
        assertEquals(expected, actual, where);
    }

    private static NamedObject find(DesignInput in, ObjectKind kind, String name, String where) {
        return in.facts().objects(kind).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + in.facts().objects() + "; " + where));
    }

    private static String label(Target t) {
        return t.flavour().isEmpty() ? t.kind().name() : t.kind().name() + ":" + t.flavour();
    }

    private static void near(double expected, double actual, String where) {
        // tight enough for a growth factor or a write share, loose enough for a rate written to three decimals
        assertEquals(expected, actual, Math.max(1e-3, Math.abs(expected) * 1e-6), where);
    }
}
