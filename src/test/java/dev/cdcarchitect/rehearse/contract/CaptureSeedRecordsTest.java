package dev.cdcarchitect.rehearse.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.PostgresRehearsal;
import dev.cdcarchitect.rehearse.RehearsalReport;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How {@code postgres-seed-records.json} was made: the seed design rehearsed on a throwaway PostgreSQL with the real
 * Debezium 3.6.1 PostgreSQL connector on an in-process Kafka Connect worker (JsonConverter with schemas, the
 * rehearsal worker's converter), its example workload (snapshot rows, insert, update, delete with tombstone,
 * primary-key update), and every record of the data topic written down as it was on the topic. Run again with
 * {@code mvn -B -ntp -o test -Dtest=CaptureSeedRecordsTest -Dcontracts.capture=true}; it is skipped otherwise.
 */
@Tag("rehearsal")
@EnabledIfSystemProperty(named = "contracts.capture", matches = "true")
class CaptureSeedRecordsTest {

    @Test
    void captureTheSeedRehearsalsRecords() throws Exception {
        GoldenDesigns.Case seed = GoldenDesigns.ALL.get(0);
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(seed.source(), seed.target());
        AtomicReference<Map<String, List<ConsumerRecord<byte[], byte[]>>>> records = new AtomicReference<>();
        RehearsalReport report = new PostgresRehearsal().onRecords(records::set).run(design);
        assertTrue(report.passed(), () -> "the seed rehearsal failed, nothing captured: " + report.checks());
        RecordedTopics.write(records.get(), Path.of("src/main/resources" + RecordedTopics.SEED_RESOURCE));
    }
}
