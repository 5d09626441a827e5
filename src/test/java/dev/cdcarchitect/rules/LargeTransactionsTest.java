package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rules.base.Refs;
import org.junit.jupiter.api.Test;

/** Large transactions: many events rather than one big message; what buffers them and where. */
class LargeTransactionsTest {

    @Test
    void messageLimitsFollowTheLargestRowNotTheTransaction() {
        DesignResult.Generated design = StatedInputs.of("PostgreSQL 14, 2 TB, 10k TPS", "Kafka to Snowflake")
                .largeTransactions().design();
        Decision d = decision(design, "transactions.large");
        assertTrue(d.statement().contains("max.request.size"), d.statement());
        assertTrue(d.statement().contains("event_count"), d.statement());
        assertTrue(d.rationale().contains("logical_decoding_work_mem"), d.rationale());
        assertTrue(d.references().contains(Refs.KAFKA_PRODUCER_CONFIGS));
    }

    @Test
    void withExactlyOnceAKafkaTransactionIsAPollBatchNotASourceTransaction() {
        DesignResult.Generated design = StatedInputs.of("PostgreSQL 14, 2 TB, 10k TPS", "Kafka to Snowflake, exactly-once")
                .largeTransactions().design();
        assertTrue(decision(design, "transactions.large").warnings().stream().anyMatch(w -> w.contains("transaction.boundary=poll")));
    }

    @Test
    void oracleBuffersUncommittedTransactionsInTheConnector() {
        Decision d = decision(StatedInputs.of("Oracle 19c, 12 TB, 6k TPS", "Kafka to Snowflake").largeTransactions().design(),
                "transactions.large");
        assertTrue(d.rationale().contains("log.mining.buffer.type"), d.rationale());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("log.mining.transaction.retention.ms")), d.warnings().toString());
    }
}
