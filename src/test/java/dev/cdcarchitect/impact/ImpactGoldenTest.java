package dev.cdcarchitect.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.TargetKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Eleven schema changes on every source engine, against designs that together hold every sink kind: the reports are
 * compared with reviewed golden files (src/test/resources/golden/impact; regenerate with -Dgolden.update=true and
 * review the diff), and every finding links the documentation it rests on.
 */
class ImpactGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "impact");

    static final List<String> CHANGES = List.of(
            "add column discount numeric(10,2) to orders",
            "add column status varchar(20) not null default 'new' to orders",
            "drop column note from orders",
            "rename column note to remark on orders",
            "change orders.qty from int to bigint",
            "change orders.qty from bigint to int",
            "change orders.amount from numeric(10,2) to numeric(12,4)",
            "change primary key of orders to (id, region)",
            "add table refunds",
            "drop table audit_log",
            "attach partition orders_2027 to orders");

    /** Two target texts that together name every sink kind (one design keeps S3 and Databricks apart). */
    static final List<String> TARGETS = List.of(
            "Kafka with sinks to Snowflake, Elasticsearch, OpenSearch, BigQuery, Iceberg, Delta Lake, Redis, ClickHouse and a PostgreSQL replica",
            "Kafka with sinks to S3 and Databricks");

    record Case(SourceEngine engine, String source, int targets) {
        @Override public String toString() { return engine.slug() + "-" + (char) ('a' + targets); }
    }

    static Stream<Case> cases() {
        return Stream.of(
                "PostgreSQL 15, 2 TB, 5k TPS", "MySQL 8.0, 2 TB, 5k TPS", "MariaDB 10.11, 2 TB, 5k TPS", "Oracle 19c, 2 TB, 5k TPS",
                "SQL Server 2019, 2 TB, 5k TPS", "MongoDB 7, 2 TB, 5k TPS", "Db2 11.5, 2 TB, 5k TPS", "Cassandra 4.1, 2 TB, 5k TPS")
                .flatMap(source -> Stream.of(0, 1).map(t -> new Case(engineOf(source), source, t)));
    }

    private static SourceEngine engineOf(String source) {
        DesignResult.Generated d = assertInstanceOf(DesignResult.Generated.class, new DesignService().design(source, TARGETS.get(1)));
        return d.input().source().engine();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsMatchTheReviewedGoldenFiles(Case c) throws IOException {
        DesignResult.Generated design = assertInstanceOf(DesignResult.Generated.class, new DesignService().design(c.source(), TARGETS.get(c.targets())));
        assertMatchesGolden(c.toString(), design);
    }

    /** Protobuf designs: the registry verdicts come from the Protobuf checker on the .proto text the converter registers. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("protobufSources")
    void protobufReportsMatchTheReviewedGoldenFiles(String source) throws IOException {
        DesignResult.Generated design = assertInstanceOf(DesignResult.Generated.class, new DesignService().design(source + ", Protobuf serialization", TARGETS.get(1)));
        assertMatchesGolden(design.input().source().engine().slug() + "-protobuf", design);
    }

    static Stream<String> protobufSources() {
        return Stream.of("PostgreSQL 15, 2 TB, 5k TPS", "MySQL 8.0, 2 TB, 5k TPS");
    }

    private static void assertMatchesGolden(String name, DesignResult.Generated design) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String change : CHANGES) {
            try {
                ImpactReport report = new ImpactAnalyzer().analyze(design, change, "");
                for (Finding f : report.findings()) {
                    assertFalse(f.references().isEmpty(), () -> "no source for: " + f.statement());
                    f.references().forEach(r -> assertTrue(r.url().startsWith("https://"), r.url()));
                }
                all.append(new ImpactMarkdownWriter().write(report)).append("\n---\n\n");
            } catch (ImpactInputException e) {
                all.append("# ").append(change).append("\n\nNot applicable: ").append(e.getMessage()).append("\n\n---\n\n");
            }
        }
        Path file = GOLDEN.resolve(name + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, all.toString(), StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), () -> "no golden file " + file + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), all.toString(), () -> "impact report changed for " + name);
    }

    @Test
    void theGoldenDesignsCoverEverySinkKindAndEveryEngine() {
        Set<TargetKind> kinds = EnumSet.noneOf(TargetKind.class);
        Set<SourceEngine> engines = EnumSet.noneOf(SourceEngine.class);
        cases().forEach(c -> {
            DesignResult.Generated d = assertInstanceOf(DesignResult.Generated.class, new DesignService().design(c.source(), TARGETS.get(c.targets())));
            d.input().targets().forEach(t -> kinds.add(t.kind()));
            engines.add(d.input().source().engine());
        });
        assertEquals(EnumSet.allOf(TargetKind.class), kinds);
        assertEquals(EnumSet.allOf(SourceEngine.class), engines);
    }

    @Test
    void everySinkOfTheDesignAnswersEveryColumnChange() throws Exception {
        DesignResult.Generated design = assertInstanceOf(DesignResult.Generated.class, new DesignService().design("PostgreSQL 15, 2 TB, 5k TPS", TARGETS.get(0)));
        for (String change : CHANGES.subList(0, 8)) {
            ImpactReport report = new ImpactAnalyzer().analyze(design, change, "");
            long sinks = report.findings().stream().filter(f -> f.stage() == Finding.Stage.SINK).count();
            assertEquals(design.input().targets().size(), sinks, change);
        }
    }
}
