package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.DesignSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registry serializers read key.subject.name.strategy and value.subject.name.strategy
 * (AbstractKafkaSchemaSerDeConfig); on Kafka Connect they reach the converters with the key.converter. and
 * value.converter. prefixes. A bare subject.name.strategy is read by nothing.
 */
class SubjectNameStrategyKeysTest {

    private static final String TOPIC_NAME_STRATEGY = "io.confluent.kafka.serializers.subject.TopicNameStrategy";

    @Test
    void theConvertersCarryTheStrategyUnderTheSerializersKeys() {
        DesignSpec spec = StatedInputs.of("PostgreSQL 15, 2 TB, 3k TPS", "Kafka to Snowflake").design().spec();
        List<ConfigEntry> entries = spec.decisions().stream().flatMap(d -> d.config().stream()).toList();
        assertTrue(entries.stream().noneMatch(e -> e.key().equals("subject.name.strategy")), "a key no serializer reads");
        assertEquals(TOPIC_NAME_STRATEGY, worker(entries, "key.converter.key.subject.name.strategy"));
        assertEquals(TOPIC_NAME_STRATEGY, worker(entries, "value.converter.value.subject.name.strategy"));
    }

    private static String worker(List<ConfigEntry> entries, String key) {
        return entries.stream().filter(e -> e.scope() == ConfigScope.WORKER && e.key().equals(key)).map(ConfigEntry::value)
                .findFirst().orElse(null);
    }
}
