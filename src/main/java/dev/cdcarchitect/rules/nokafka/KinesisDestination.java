package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.DestinationCapacity;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;
import java.util.Optional;

/** Amazon Kinesis Data Streams: one stream per table, the primary key as partition key, order per shard. */
final class KinesisDestination implements NativeSinkKnowledge {

    /** AWS's write limit of one shard (PutRecords): 1 MB/s or 1,000 records/s. */
    static final double SHARD_MB_PER_SECOND = 1;
    static final double SHARD_RECORDS_PER_SECOND = 1000;

    @Override public NativeSink sink() { return NativeSink.KINESIS; }

    @Override public String destination(RuleContext ctx, String topic) { return "Kinesis data stream " + topic; }

    @Override
    public List<ConfigEntry> settings(RuleContext ctx) {
        // Credentials come from the default provider chain (e.g. the pod's IAM role), never from the file.
        return List.of(ServerSettings.of(ctx, "debezium.sink.kinesis.region", "<aws region>"));
    }

    @Override
    public String ordering(RuleContext ctx) {
        return "Debezium Server writes each event to the data stream named like its topic with the record key (the primary "
                + "key) as the partition key; events without a key use debezium.sink.kinesis.null.key.";
    }

    @Override
    public String orderingReason() {
        return "Kinesis hashes the partition key to choose the shard, so every change of a row lands on the same shard, and "
                + "sequence numbers order the records within a shard. Partition keys are limited to 256 characters.";
    }

    @Override
    public String setup(RuleContext ctx) {
        return "Create one data stream per captured table, named like the Debezium topic ("
                + ctx.naming().exampleDataTopic(ctx.engine()) + "), plus " + ctx.naming().transactionTopic()
                + " and the heartbeat stream, before the server starts, with the shard count of the sizing (a shard takes "
                + "1 MB/s or 1,000 records/s of writes).";
    }

    @Override public String subscription() { return "a consumer application of its own that checkpoints its position per shard"; }

    @Override
    public Optional<DestinationCapacity> capacity(double megabytesPerSecond, double eventsPerSecond) {
        int byBytes = (int) Math.ceil(megabytesPerSecond / SHARD_MB_PER_SECOND);
        int byRecords = (int) Math.ceil(eventsPerSecond / SHARD_RECORDS_PER_SECOND);
        int shards = Math.max(1, Math.max(byBytes, byRecords));
        return Optional.of(new DestinationCapacity(shards, new SizingLine("sizing.destination", "Kinesis shards, busiest table stream",
                String.valueOf(shards), "max(" + Units.decimal(megabytesPerSecond) + " MB/s / 1 MB/s, " + Units.grouped(eventsPerSecond)
                        + " records/s / 1,000 records/s) per shard = max(" + byBytes + ", " + byRecords + ")")));
    }

    @Override public List<Reference> references() { return List.of(Refs.KINESIS_PUT_RECORDS, Refs.KINESIS_PUT_RECORD); }

    @Override
    public List<String> warnings(RuleContext ctx) {
        return List.of("The sink sends batches with PutRecords and re-sends only the records that failed (e.g. throttled ones), "
                + "so a retried change can land after a newer change of the same row; strictly increasing order needs serial "
                + "PutRecord calls, which the sink does not make. Consumers keep the newest source position per key and drop "
                + "older events.");
    }
}
