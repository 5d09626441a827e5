package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rationale (and the statement and warnings beside it) argues for this design: it may name the sinks the design has,
 * never one it does not ("a slow Elasticsearch cluster does not hold back Snowflake" in an Elasticsearch + Iceberg
 * design reads as a copy-paste).
 */
class RationaleNamesOwnSinksTest {

    /** How a rationale would name each sink kind, and the target text that asks for it. */
    private static final Map<TargetKind, Pattern> NAMES = new EnumMap<>(TargetKind.class);
    private static final Map<TargetKind, String> ASK = new EnumMap<>(TargetKind.class);

    static {
        name(TargetKind.SNOWFLAKE, "Snowflake", "Snowflake");
        name(TargetKind.ELASTICSEARCH, "Elasticsearch", "Elasticsearch");
        name(TargetKind.OPENSEARCH, "OpenSearch", "OpenSearch");
        name(TargetKind.BIGQUERY, "BigQuery", "BigQuery");
        name(TargetKind.S3, "S3", "raw files in S3");
        name(TargetKind.ICEBERG, "Iceberg", "an Iceberg lakehouse");
        name(TargetKind.DELTA_LAKE, "Delta Lake", "Delta Lake");
        name(TargetKind.REDIS, "Redis", "a Redis cache");
        name(TargetKind.CLICKHOUSE, "ClickHouse", "ClickHouse");
        name(TargetKind.RELATIONAL_REPLICA, "(?:relational|PostgreSQL|MySQL) replica", "a PostgreSQL replica");
    }

    private static void name(TargetKind kind, String regex, String ask) {
        NAMES.put(kind, Pattern.compile("\\b" + regex + "\\b"));
        ASK.put(kind, ask);
    }

    static Stream<Arguments> designs() {
        List<TargetKind> kinds = new ArrayList<>(ASK.keySet());
        List<Arguments> all = new ArrayList<>();
        String[] sources = {"PostgreSQL 16, 2 TB, 3k TPS", "MySQL 8.0, 1 TB, 2k TPS, JSON columns, some tables without primary keys",
                "MongoDB 7.0 replica set, 1 TB, 5k writes/s", "PostgreSQL 14, 2 TB, 3k TPS, TOASTed text columns, heavy deletes",
                "Oracle 19c, 2 TB, 1k TPS, CLOB columns, GDPR applies"};
        int n = 0;
        for (int i = 0; i < kinds.size(); i++) {
            for (int j = i; j < kinds.size(); j++) {
                String target = "Kafka to " + ASK.get(kinds.get(i)) + (i == j ? "" : " and " + ASK.get(kinds.get(j)));
                all.add(Arguments.of(sources[n++ % sources.length], target));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("designs")
    void noDecisionNamesASinkTheDesignDoesNotHave(String source, String target) {
        DesignResult.Generated design = DesignedConnectors.design(source, target);
        Set<TargetKind> present = EnumSet.noneOf(TargetKind.class);
        for (Target t : design.input().targets()) present.add(t.kind());
        List<String> foreign = new ArrayList<>();
        for (Decision d : design.spec().decisions()) {
            for (Map.Entry<TargetKind, Pattern> name : NAMES.entrySet()) {
                if (present.contains(name.getKey())) continue;
                if (name.getKey() == TargetKind.ELASTICSEARCH && present.contains(TargetKind.OPENSEARCH)) continue;
                if (name.getKey() == TargetKind.S3 && present.stream().anyMatch(k -> k == TargetKind.ICEBERG || k == TargetKind.DELTA_LAKE)) continue;
                String text = d.rationale() + " " + d.statement() + " " + String.join(" ", d.warnings());
                if (name.getValue().matcher(text).find()) foreign.add(d.id() + " names " + name.getKey() + ": " + text);
            }
        }
        assertTrue(foreign.isEmpty(), "targets " + present + ":\n" + String.join("\n", foreign));
    }
}
