package dev.cdcarchitect.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changing the engine in the form resets the facts the new engine cannot carry, and keeps every other one. */
class EngineChangeTest {

    private final DesignInputParser parser = new DesignInputParser();

    private Texts switchTo(String source, String target, SourceEngine engine) {
        Texts t = FormSpanEditTest.edit(source, target, FormField.ENGINE, f -> f.engine.set(engine));
        assertNotNull(t, "the engine change was not written");
        return t;
    }

    @Test
    void aHostingThatDoesNotOfferTheNewEngineGoes() {
        String source = "Aurora PostgreSQL 17 Multi-AZ, 300 GB, 800 TPS";
        assertEquals("SQL Server Multi-AZ, 300 GB, 800 TPS", switchTo(source, "Kafka to Snowflake", SourceEngine.SQLSERVER).source());
        Texts mysql = switchTo(source, "Kafka to Snowflake", SourceEngine.MYSQL);
        assertEquals(Hosting.AWS_AURORA, parser.parse(mysql.source(), mysql.target()).source().hosting(), mysql.source());
        Texts pg = switchTo("MongoDB 6.0 on Atlas replica set, 2 TB, 5k writes/s", "Kafka to Snowflake", SourceEngine.POSTGRESQL);
        assertEquals("PostgreSQL, 2 TB, 5k writes/s", pg.source());
        Texts keeps = switchTo("MySQL 8.0 on Amazon RDS, 4 TB, 3k TPS", "Kafka to Snowflake", SourceEngine.POSTGRESQL);
        assertEquals("PostgreSQL on Amazon RDS, 4 TB, 3k TPS", keeps.source());
    }

    @Test
    void anotherEnginesTopologyGoesWithIt() {
        Texts rac = switchTo("Oracle 19c RAC 2-node, 12 TB, CLOB columns, 6k TPS", "Kafka to Snowflake", SourceEngine.POSTGRESQL);
        assertEquals("PostgreSQL, 12 TB, CLOB columns, 6k TPS", rac.source());
        Texts alwaysOn = switchTo("SQL Server 2019 Always On availability group, 2 TB, 2k TPS, 80 tables", "Kafka to S3", SourceEngine.MYSQL);
        assertEquals("MySQL, 2 TB, 2k TPS, 80 tables", alwaysOn.source());
        assertTrue(parser.parse(alwaysOn.source(), alwaysOn.target()).source().highAvailability().isEmpty());
    }

    @Test
    void binlogSettingsStayWithMySqlAndMariaDb() {
        String source = FormSpanEditTest.RICH_SOURCE;
        Texts pg = switchTo(source, FormSpanEditTest.RICH_TARGET, SourceEngine.POSTGRESQL);
        assertFalse(pg.source().toLowerCase().contains("binlog"), pg.source());
        assertTrue(parser.parse(pg.source(), pg.target()).inputWarnings().isEmpty(), pg.source());
        Texts maria = switchTo(source, FormSpanEditTest.RICH_TARGET, SourceEngine.MARIADB);
        assertTrue(maria.source().contains("Binlog retention is 24 h"), maria.source());
    }

    @Test
    void apacheCassandraIsOneName() {
        Texts t = switchTo("Apache Cassandra 4.1, 12 nodes, 30 TB, 50k writes/s", "Kafka to Elasticsearch", SourceEngine.POSTGRESQL);
        assertEquals("PostgreSQL, 30 TB, 50k writes/s", t.source());
    }

    /** Every golden design to every other engine: nothing contradicts the new engine and nothing turns unread. */
    @Test
    void noEngineChangeLeavesAFactTheNewEngineCannotHave() {
        List<GoldenDesigns.Case> cases = new ArrayList<>(GoldenDesigns.ALL);
        cases.add(new GoldenDesigns.Case("rich", FormSpanEditTest.RICH_SOURCE, FormSpanEditTest.RICH_TARGET));
        cases.add(new GoldenDesigns.Case("atlas", "MongoDB 6.0 on Atlas replica set, 2 TB, 5k writes/s", "Kafka to Snowflake"));
        List<String> problems = new ArrayList<>();
        for (GoldenDesigns.Case c : cases) {
            DesignInput before = parser.parse(c.source(), c.target());
            for (SourceEngine engine : SourceEngine.values()) {
                if (engine == before.source().engine()) continue;
                Texts t = switchTo(c.source(), c.target(), engine);
                DesignInput after = parser.parse(t.source(), t.target());
                String where = c.name() + " -> " + engine + ": " + t.source();
                if (after.source().engine() != engine) problems.add(where + " reads as " + after.source().engine());
                if (!after.source().hosting().offers(engine)) problems.add(where + " hosted on " + after.source().hosting());
                for (HaTrait ha : after.source().highAvailability()) if (!ha.appliesTo(engine)) problems.add(where + " has " + ha);
                List<String> warnings = new ArrayList<>(after.inputWarnings());
                warnings.removeAll(before.inputWarnings());
                // a requirement the new engine meets differently (truncates, Debezium Server) stays a question to the user
                warnings.removeIf(w -> w.startsWith("Truncates must reach") || w.startsWith("Debezium Server does not run"));
                if (!warnings.isEmpty()) problems.add(where + " warns " + warnings);
                if (after.trace().notUnderstood().size() > before.trace().notUnderstood().size()) {
                    problems.add(where + " does not understand " + after.trace().notUnderstood());
                }
                if (!after.assumptions().stream().anyMatch(a -> a.field().equals("version"))) problems.add(where + " keeps a version");
                if (!t.target().equals(c.target())) problems.add(where + " changed the target text");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
