package dev.cdcarchitect.rules.base;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.Target;
import java.util.List;
import java.util.Optional;

/**
 * What the engine knows about one non-Kafka destination of Debezium Server: the sink's required settings (named as
 * in the Debezium Server documentation), where each table's events land, how the service keeps per-key order, and
 * how downstream systems read from it.
 */
public interface NativeSinkKnowledge {

    NativeSink sink();

    /** How prose names the destination ("Google Cloud Pub/Sub", "the HTTP endpoint"). */
    default String label() { return sink().displayName(); }

    /** False where nothing holds events between Debezium Server and the consumers (an HTTP endpoint). */
    default boolean buffers() { return true; }

    /** Where the events of one Debezium topic name land, e.g. "Pub/Sub topic app.public.orders". */
    String destination(RuleContext ctx, String topic);

    /** The debezium.sink.* settings the sink needs, including those that keep per-key order. */
    List<ConfigEntry> settings(RuleContext ctx);

    /** How the destination keeps the events of one primary key in order. */
    String ordering(RuleContext ctx);

    /** Why that holds, from the service's own documentation. */
    String orderingReason();

    /** What to create before the server starts, and how long the destination must keep events. */
    String setup(RuleContext ctx);

    /** How one downstream system reads from the destination, e.g. "a Pub/Sub subscription of its own". */
    String subscription();

    /** How a given target is fed from the destination; the generic subscription sentence unless the service offers more. */
    default String feed(Target target) {
        return target.label() + ": " + subscription() + ", applying upserts and deletes by primary key.";
    }

    /** The service's documentation on ordering and naming, besides the Debezium Server page. */
    List<Reference> references();

    /** Documentation of the way {@link #feed(Target)} feeds a target, when it is not the generic subscription. */
    default List<Reference> feedReferences(Target target) { return List.of(); }

    /** Caveats of this destination for change events. */
    default List<String> warnings(RuleContext ctx) { return List.of(); }

    /** The destination's capacity unit for the busiest table (Kinesis shards), if it has one to size up front. */
    default Optional<DestinationCapacity> capacity(double megabytesPerSecond, double eventsPerSecond) { return Optional.empty(); }

    /** Redis keeps offsets and schema history beside the streams; every other destination needs a file on a volume. */
    default boolean keepsOffsets() { return false; }
}
