package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.NativeSink;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "no Kafka" and the non-Kafka destination Debezium Server should deliver to instead (Pub/Sub, Kinesis,
 * Event Hubs, Pulsar, Redis Streams, HTTP, NATS JetStream, RabbitMQ). Runs before the targets are read, so a
 * native destination is not also reported as an unsupported sink.
 */
final class ConstraintReader {

    record Constraint(boolean noKafkaStated, NativeSink nativeSink) {}

    private record Destination(NativeSink sink, Pattern pattern) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    static final Pattern NO_KAFKA = Pattern.compile(
            "\\bno\\s+kafka(?:\\s+(?:is|are)\\s+(?:allowed|permitted|available))?\\b|\\bkafka\\s+is\\s+(?:not\\s+(?:allowed|permitted|an\\s+option|available)"
                    + "|ruled\\s+out|forbidden|banned|off\\s+the\\s+table)|\\bwithout\\s+(?:a\\s+|any\\s+)?kafka\\b"
                    + "|\\b(?:can't|cannot|can\\s+not|must\\s+not|may\\s+not|not\\s+allowed\\s+to|won't)\\s+(?:use|run|operate|deploy)\\s+kafka\\b"
                    + "|\\bkafka[\\s-]free\\b|\\binstead\\s+of\\s+kafka\\b", FLAGS);
    private static final List<Destination> DESTINATIONS = List.of(
            new Destination(NativeSink.PUBSUB, Pattern.compile("\\b(?:google\\s+(?:cloud\\s+)?|gcp\\s+)?pub\\s?/\\s?sub\\b|\\bpubsub\\b", FLAGS)),
            new Destination(NativeSink.KINESIS, Pattern.compile("\\b(?:amazon\\s+|aws\\s+)?kinesis(?:\\s+data\\s+streams?)?\\b", FLAGS)),
            new Destination(NativeSink.EVENT_HUBS, Pattern.compile("\\b(?:azure\\s+)?event[\\s-]?hubs?\\b", FLAGS)),
            new Destination(NativeSink.PULSAR, Pattern.compile("\\b(?:apache\\s+)?pulsar\\b", FLAGS)),
            new Destination(NativeSink.REDIS_STREAMS, Pattern.compile("\\bredis\\s+streams?\\b", FLAGS)),
            new Destination(NativeSink.NATS_JETSTREAM, Pattern.compile("\\bnats(?:\\s+jetstream)?\\b", FLAGS)),
            new Destination(NativeSink.RABBITMQ, Pattern.compile("\\brabbit\\s?mq\\b", FLAGS)),
            new Destination(NativeSink.HTTP, Pattern.compile("\\bhttps?\\s+(?:endpoint|webhook|sink|api)\\b|\\bwebhooks?\\b", FLAGS)));
    /** A destination that is only ever a message transport, never a Kafka API: naming it as the transport rules Kafka out. */
    private static final Pattern BARE_REDIS = Pattern.compile("\\bredis\\b", FLAGS);
    private static final Pattern KAFKA_WORD = Pattern.compile("\\bkafka\\b|\\bconfluent\\b|\\bmsk\\b|\\bredpanda\\b|\\bstrimzi\\b", FLAGS);

    private ConstraintReader() {}

    static Constraint read(SpanLedger ledger) {
        boolean noKafka = false;
        for (InputField field : InputField.values()) noKafka |= ledger.factAll(field, NO_KAFKA, "Kafka", "not allowed");
        boolean kafkaNamed = KAFKA_WORD.matcher(ledger.unused(InputField.TARGET)).find();
        for (Destination d : DESTINATIONS) {
            boolean eventHubsAsKafka = d.sink() == NativeSink.EVENT_HUBS && !noKafka; // Event Hubs also speaks Kafka
            boolean transportOnly = d.sink() != NativeSink.EVENT_HUBS && d.sink() != NativeSink.HTTP && !kafkaNamed;
            if (eventHubsAsKafka || !(noKafka || transportOnly)) continue;
            Matcher m = ledger.matcher(InputField.TARGET, d.pattern());
            if (m.find()) {
                ledger.fact(InputField.TARGET, m.start(), m.end(), "destination (Debezium Server sink)", d.sink().displayName());
                return new Constraint(noKafka, d.sink());
            }
        }
        if (noKafka) {
            // With Kafka ruled out, a bare "Redis" can only be Debezium Server's Redis sink, which writes Redis Streams.
            Matcher redis = ledger.matcher(InputField.TARGET, BARE_REDIS);
            if (redis.find()) {
                ledger.fact(InputField.TARGET, redis.start(), redis.end(), "destination (Debezium Server sink)",
                        NativeSink.REDIS_STREAMS.displayName() + " (Redis named with Kafka ruled out)");
                return new Constraint(true, NativeSink.REDIS_STREAMS);
            }
        }
        return new Constraint(noKafka, null);
    }
}
