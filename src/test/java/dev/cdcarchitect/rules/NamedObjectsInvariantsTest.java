package dev.cdcarchitect.rules;

import static dev.cdcarchitect.domain.ObjectRole.CAPTURED;
import static dev.cdcarchitect.domain.ObjectRole.EXCLUDED;
import static dev.cdcarchitect.domain.ObjectRole.KEYLESS;
import static dev.cdcarchitect.domain.ObjectRole.LARGE_VALUES;
import static dev.cdcarchitect.domain.ObjectRole.PARTITIONED;
import static dev.cdcarchitect.domain.ObjectRole.REKEYED;
import static dev.cdcarchitect.domain.ObjectRole.SENSITIVE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.Reference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariants every spec holds (see RuleEngineTest) also hold when every kind of named object and fact is given. */
class NamedObjectsInvariantsTest {

    private static final String ALL_TARGETS = "Kafka to a PostgreSQL replica, Snowflake, Elasticsearch, BigQuery, S3, Redis, "
            + "ClickHouse, Iceberg and Databricks";

    record Scenario(String name, String source, FactsFixture facts) {
        @Override public String toString() { return name; }
    }

    private static FactsFixture everything() {
        return FactsFixture.facts().database("sales").database("billing")
                .table("orders", CAPTURED).table("customers", CAPTURED).table("audit_log", CAPTURED, KEYLESS)
                .table("measurements", CAPTURED, PARTITIONED).table("skus", CAPTURED, REKEYED).table("documents", CAPTURED, LARGE_VALUES)
                .table("events_raw", EXCLUDED).column("customers.ssn", SENSITIVE).column("card_number", SENSITIVE)
                .column("documents.body", LARGE_VALUES).truncates().primaryKeyUpdates().logRetentionHours(24)
                .binlog("STATEMENT", "NOBLOB").existing("cdc_slot", "cdc_pub");
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("postgres", "PostgreSQL 16, 2 TB, 3k TPS", everything()),
                new Scenario("postgres12", "PostgreSQL 12, 2 TB, 3k TPS", everything()),
                new Scenario("postgres10", "PostgreSQL 10, 200 GB, 300 TPS", everything()),
                new Scenario("mysql-rds", "MySQL 8.0 on Amazon RDS, 1 TB, 2k TPS", everything()),
                new Scenario("mariadb", "MariaDB 10.11, 200 GB, 500 TPS", everything()),
                new Scenario("sqlserver", "SQL Server 2019, 2 TB, 2k TPS", everything()),
                new Scenario("oracle", "Oracle 19c on Amazon RDS, 3 TB, 2k TPS", everything().schema("inventory")),
                new Scenario("mongodb", "MongoDB 7.0 replica set, 1 TB, 5k writes/s", everything()),
                new Scenario("db2", "Db2 11.5, 1 TB, 500 TPS", everything().schema("app")),
                new Scenario("cassandra", "Apache Cassandra 4.1, 6 nodes, 5 TB, 10k writes/s", everything()),
                new Scenario("postgres-exclude-only", "PostgreSQL 16, 2 TB, 3k TPS",
                        FactsFixture.facts().schema("sales").table("audit_log", EXCLUDED)),
                new Scenario("mysql-server", "MySQL 8.0, 1 TB, 2k TPS", FactsFixture.facts().table("orders", CAPTURED).truncates()));
    }

    private static DesignSpec spec(Scenario s) {
        return s.facts().spec(s.source(), ALL_TARGETS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decisionsAreUniqueCompleteAndCited(Scenario s) {
        Set<String> ids = new HashSet<>();
        for (Decision d : spec(s).decisions()) {
            assertTrue(ids.add(d.id()), () -> "duplicate id " + d.id());
            assertTrue(d.id().matches("[a-z0-9]+(\\.[a-z0-9-]+)+"), () -> "id shape: " + d.id());
            assertFalse(d.title().isBlank() || d.statement().isBlank() || d.rationale().isBlank(), () -> "incomplete " + d.id());
            assertFalse(d.references().isEmpty(), () -> d.id() + " cites nothing");
            for (Reference r : d.references()) assertTrue(r.url().startsWith("https://"), () -> d.id() + " " + r.url());
            // A fact the text did not state must never show up as "null h" or "is null (as stated)".
            assertFalse(d.warnings().stream().anyMatch(w -> w == null || w.matches("(?s).*\\bnull (h\\b|\\(as stated).*")),
                    () -> d.id() + " warns about an unstated fact");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noSettingIsGivenTwoDifferentValues(Scenario s) {
        Map<String, String> seen = new HashMap<>();
        for (Decision d : spec(s).decisions()) {
            for (ConfigEntry e : d.config()) {
                String where = e.scope() + "/" + e.component() + "/" + e.key();
                String before = seen.putIfAbsent(where, e.value() + " (" + d.id() + ")");
                if (before != null) fail(where + " set twice: " + before + " and " + e.value() + " (" + d.id() + ")");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void includeAndExcludeListsOfOneKindAreNeverBothSet(Scenario s) {
        Map<String, String> src = FactsFixture.settings(spec(s), dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR);
        for (String kind : List.of("table", "collection", "database", "schema", "column")) {
            assertFalse(src.containsKey(kind + ".include.list") && src.containsKey(kind + ".exclude.list"), kind + " lists");
        }
    }
}
