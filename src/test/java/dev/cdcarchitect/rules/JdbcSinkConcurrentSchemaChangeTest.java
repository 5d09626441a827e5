package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by the rehearsal: with schema.evolution=basic and several sink tasks, the tasks that meet a new column at the
 * same time each run ALTER TABLE ... ADD COLUMN; all but one fail ("column ... already exists") and stay FAILED until
 * restarted. The spec must say so and give the operator the exact restart (and the expand-first alternative).
 */
class JdbcSinkConcurrentSchemaChangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"PostgreSQL 14, 50TB volume, 10k TPS", "MySQL 8.0, 2 TB, 5k TPS", "SQL Server 2019, 2 TB, 2k TPS"})
    void severalSinkTasksWithBasicSchemaEvolutionComeWithTheRaceAndItsRunbook(String source) {
        DesignResult.Generated design = DesignedConnectors.design(source, "Kafka to a PostgreSQL replica for reporting");
        var sink = DesignedConnectors.named(design, ConfigScope.SINK_CONNECTOR, "jdbc");
        assertTrue(Integer.parseInt(sink.get("tasks.max")) > 1 && "basic".equals(sink.get("schema.evolution")), sink.toString());
        Decision jdbc = design.spec().decisions().stream().filter(d -> d.id().equals("sink.jdbc")).findFirst().orElseThrow();
        String text = String.join(" ", jdbc.warnings()) + " " + jdbc.snippets().stream().map(s -> s.code()).reduce("", String::concat);
        assertTrue(text.contains("already exists") && text.contains("restart?includeTasks=true&onlyFailed=true"), text);
        assertTrue(text.contains("to the replica first"), "the expand-first alternative: " + text);
    }

    /**
     * The losing tasks fail with the replica database's own message, which is what the operator searches the task
     * trace for: the rehearsal met MariaDB's "Duplicate column name" where the spec quoted only PostgreSQL's.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "PostgreSQL replica | already exists",
            "MySQL replica | Duplicate column name",
            "MariaDB replica | Duplicate column name",
            "SQL Server replica | is specified more than once",
            "Oracle replica | ORA-01430"})
    void theRaceQuotesTheReplicaDatabasesOwnError(String replica, String error) {
        DesignResult.Generated design = DesignedConnectors.design("PostgreSQL 14, 50TB volume, 10k TPS", "Kafka to a " + replica + " for reporting");
        Decision jdbc = design.spec().decisions().stream().filter(d -> d.id().equals("sink.jdbc")).findFirst().orElseThrow();
        String text = String.join(" ", jdbc.warnings());
        assertTrue(text.contains(error), replica + " should quote '" + error + "': " + text);
    }
}
