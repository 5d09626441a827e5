package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.rules.source.SourceCatalog;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants every generated specification must hold, checked on every golden design. */
class RuleEngineTest {

    private static final DesignService SERVICE = new DesignService();

    static Stream<GoldenDesigns.Case> cases() {
        return GoldenDesigns.ALL.stream();
    }

    private static DesignResult.Generated design(GoldenDesigns.Case c) {
        return assertInstanceOf(DesignResult.Generated.class, SERVICE.design(c.source(), c.target()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fiveSectionsInOrderEachWithDecisions(GoldenDesigns.Case c) {
        DesignSpec spec = design(c).spec();
        assertEquals(5, spec.sections().size());
        for (int i = 0; i < 5; i++) {
            Section section = spec.sections().get(i);
            assertEquals(SpecSection.values()[i], section.kind());
            assertFalse(section.decisions().isEmpty(), () -> section.kind() + " is empty for " + c.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decisionIdsAreUniqueAndEveryDecisionIsComplete(GoldenDesigns.Case c) {
        Set<String> ids = new HashSet<>();
        for (Decision d : design(c).spec().decisions()) {
            assertTrue(ids.add(d.id()), () -> "duplicate id " + d.id());
            assertTrue(d.id().matches("[a-z0-9]+(\\.[a-z0-9-]+)+"), () -> "id shape: " + d.id());
            assertFalse(d.title().isBlank() || d.statement().isBlank() || d.rationale().isBlank(), () -> "incomplete " + d.id());
            assertFalse(d.references().isEmpty(), () -> d.id() + " cites nothing");
            for (Reference r : d.references()) {
                assertTrue(r.url().startsWith("https://"), () -> d.id() + " reference " + r.url());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noSettingIsGivenTwoDifferentValues(GoldenDesigns.Case c) {
        Map<String, String> seen = new HashMap<>();
        for (Decision d : design(c).spec().decisions()) {
            for (ConfigEntry e : d.config()) {
                String where = e.scope() + "/" + e.component() + "/" + e.key();
                String before = seen.putIfAbsent(where, e.value() + " (" + d.id() + ")");
                if (before != null) fail(where + " set twice: " + before + " and " + e.value() + " (" + d.id() + ")");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void neverRecommendsAnAntiPattern(GoldenDesigns.Case c) {
        DesignResult.Generated result = design(c);
        boolean singleTask = SourceCatalog.of(result.input().source().engine()).singleTask();
        for (Decision d : result.spec().decisions()) {
            for (ConfigEntry e : d.config()) {
                String key = e.key();
                String value = e.value().toLowerCase();
                if (key.endsWith("acks")) assertEquals("all", value, d.id() + ": acks must be all");
                assertFalse(key.equals("mode") && value.matches("bulk|timestamp|incrementing|timestamp\\+incrementing"),
                        d.id() + ": query-based (polling) capture");
                assertFalse(value.contains("roundrobin") || value.contains("uniformsticky"), d.id() + ": round-robin partitioning");
                assertFalse(key.equals("unclean.leader.election.enable") && value.equals("true"), d.id());
                if (key.equals("tasks.max") && e.scope() == ConfigScope.SOURCE_CONNECTOR && singleTask) {
                    assertEquals("1", value, d.id() + ": tasks.max above 1 on a single-task connector");
                }
                if (key.equals("min.insync.replicas")) assertEquals("2", value);
            }
            String prose = (d.statement() + " " + d.rationale()).toLowerCase();
            assertFalse(Pattern.compile("\\buse (a )?(trigger|polling|timestamp column)").matcher(prose).find(), d.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failureMatrixCoversEveryFailureDomain(GoldenDesigns.Case c) {
        List<String> ids = design(c).spec().failureMatrix().stream().map(FailureScenario::id).toList();
        assertEquals(List.of("failure.task-crash", "failure.worker-loss", "failure.zombie-task", "failure.broker-loss",
                "failure.registry-outage", "failure.source-failover", "failure.lost-log", "failure.split-brain",
                "failure.poison-pill"), ids);
        for (FailureScenario f : design(c).spec().failureMatrix()) {
            assertFalse(f.detection().isBlank() || f.impact().isBlank() || f.recovery().isBlank() || f.rpo().isBlank()
                    || f.rto().isBlank(), f.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyTargetHasItsSinkDecisionAndEveryConnectSinkADlq(GoldenDesigns.Case c) {
        DesignResult.Generated result = design(c);
        for (Target t : result.input().targets()) {
            String id = "sink." + t.kind().slug();
            assertTrue(result.spec().decisions().stream().anyMatch(d -> d.id().equals(id)), () -> "missing " + id);
        }
        for (Decision d : result.spec().decisions()) {
            List<ConfigEntry> sink = d.config().stream().filter(e -> e.scope() == ConfigScope.SINK_CONNECTOR).toList();
            if (sink.isEmpty()) continue;
            String dlq = sink.stream().filter(e -> e.key().equals("errors.deadletterqueue.topic.name")).findFirst()
                    .map(ConfigEntry::value).orElseThrow(() -> new AssertionError(d.id() + " has no DLQ"));
            String topics = sink.stream().filter(e -> e.key().equals("topics.regex")).findFirst().orElseThrow().value();
            assertFalse(dlq.matches(topics), d.id() + ": the DLQ would be read by its own sink");
            assertFalse("app.transaction".matches(topics) || "app.signals".matches(topics), d.id() + " reads non-data topics");
        }
    }

    @Test
    void engineSpecificRulesAppearForTheirEngineOnly() {
        Map<String, String> expected = Map.of("postgres-seed", "pg.logical-decoding", "mysql-rds", "mysql.binlog-reading",
                "mariadb", "mariadb.binlog-reading", "oracle-rac", "oracle.rac", "sqlserver", "sqlserver.capture-instance-ddl",
                "mongodb", "mongodb.oplog-window", "db2", "db2.asn-capture", "cassandra", "cassandra.per-node-agent");
        for (GoldenDesigns.Case c : GoldenDesigns.ALL) {
            if (!expected.containsKey(c.name())) continue;
            List<String> ids = design(c).spec().decisions().stream().map(Decision::id).toList();
            assertTrue(ids.contains(expected.get(c.name())), () -> c.name() + " lacks " + expected.get(c.name()));
            SourceEngine engine = design(c).input().source().engine();
            if (engine != SourceEngine.POSTGRESQL) assertFalse(ids.stream().anyMatch(id -> id.startsWith("pg.")), c.name());
        }
    }

    @Test
    void largeVolumeIsSeededNotSnapshottedAndSmallVolumeSnapshots() {
        String big = design(GoldenDesigns.ALL.get(0)).spec().decisions().stream()
                .filter(d -> d.id().equals("snapshot.strategy")).findFirst().orElseThrow().statement();
        assertTrue(big.startsWith("Do not snapshot 50 TB"), big);
        DesignResult.Generated small = assertInstanceOf(DesignResult.Generated.class, SERVICE.design("PostgreSQL 16, 200 GB", "Kafka to Snowflake"));
        String statement = small.spec().decisions().stream().filter(d -> d.id().equals("snapshot.strategy")).findFirst().orElseThrow().statement();
        assertTrue(statement.contains("snapshot.mode=initial"), statement);
    }

    @Test
    void exactlyOnceTurnsOnConnectExactlyOnceSupport() {
        DesignResult.Generated eos = assertInstanceOf(DesignResult.Generated.class,
                SERVICE.design("PostgreSQL 16, 1 TB, 2k TPS", "Kafka to Snowflake, exactly-once"));
        List<ConfigEntry> config = eos.spec().decisions().stream().flatMap(d -> d.config().stream()).toList();
        assertTrue(config.stream().anyMatch(e -> e.key().equals("exactly.once.source.support") && e.value().equals("enabled")));
        assertTrue(config.stream().anyMatch(e -> e.key().equals("consumer.override.isolation.level") && e.value().equals("read_committed")));
    }

    @Test
    void failoverSlotsOnlyFromPostgres17() {
        List<ConfigEntry> pg17 = design(GoldenDesigns.ALL.get(1)).spec().decisions().stream().flatMap(d -> d.config().stream()).toList();
        assertTrue(pg17.stream().anyMatch(e -> e.key().equals("slot.failover")));
        List<ConfigEntry> pg14 = design(GoldenDesigns.ALL.get(0)).spec().decisions().stream().flatMap(d -> d.config().stream()).toList();
        assertFalse(pg14.stream().anyMatch(e -> e.key().equals("slot.failover")));
    }

    @Test
    void contradictionYieldsASpecWithAWarning() {
        DesignResult.Generated result = assertInstanceOf(DesignResult.Generated.class,
                SERVICE.design("MySQL 8 with replication slots, 5k TPS", "Kafka to Snowflake"));
        assertTrue(result.spec().warnings().stream().anyMatch(w -> w.contains("replication slots")));
        assertTrue(result.spec().decisions().stream().anyMatch(d -> d.id().equals("mysql.binlog-reading")));
    }
}
