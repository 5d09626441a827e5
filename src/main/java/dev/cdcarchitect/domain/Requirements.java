package dev.cdcarchitect.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What the pipeline must guarantee.
 *
 * @param latencySloMillis end-to-end latency objective (source commit to sink visible)
 * @param retentionDays    how long change events stay replayable in Kafka
 * @param growthFactor     expected growth of the change rate over the planning horizon
 * @param partitionOverride partitions of the busiest topic chosen by the user; 0 = computed by sizing
 * @param runtime          where the source connector runs (Kafka Connect unless Debezium Server was asked for)
 * @param consumerApplications independent consumer applications reading the change topics besides the sinks; 0 = none stated
 * @param downstreamExactlyOnce the downstream exactly-once consumer as stated (e.g. "Kafka Streams exactly_once_v2"), or null
 * @param nativeSink       the non-Kafka destination when Kafka is ruled out (Debezium Server delivers to it), or null
 * @param sinkFreshnessMillis a freshness objective stated for one sink (e.g. Snowflake within 15 minutes)
 */
public record Requirements(
        DeliveryGuarantee delivery,
        long latencySloMillis,
        int retentionDays,
        Set<Compliance> compliance,
        boolean multiRegion,
        double growthFactor,
        SchemaFormat schemaFormat,
        int partitionOverride,
        CaptureRuntime runtime,
        int consumerApplications,
        String downstreamExactlyOnce,
        NativeSink nativeSink,
        Map<TargetKind, Long> sinkFreshnessMillis) {

    public Requirements {
        compliance = EnumSets.copyOf(Compliance.class, compliance);
        EnumMap<TargetKind, Long> freshness = new EnumMap<>(TargetKind.class);
        freshness.putAll(sinkFreshnessMillis);
        sinkFreshnessMillis = Collections.unmodifiableMap(freshness);
    }

    /** Requirements with nothing beyond the original nine fields stated. */
    public Requirements(DeliveryGuarantee delivery, long latencySloMillis, int retentionDays, Set<Compliance> compliance,
                        boolean multiRegion, double growthFactor, SchemaFormat schemaFormat, int partitionOverride,
                        CaptureRuntime runtime) {
        this(delivery, latencySloMillis, retentionDays, compliance, multiRegion, growthFactor, schemaFormat, partitionOverride,
                runtime, 0, null, null, Map.of());
    }

    public boolean exactlyOnce() { return delivery == DeliveryGuarantee.EXACTLY_ONCE; }

    public Requirements withRuntime(CaptureRuntime other) {
        return new Requirements(delivery, latencySloMillis, retentionDays, compliance, multiRegion, growthFactor, schemaFormat,
                partitionOverride, other, consumerApplications, downstreamExactlyOnce, nativeSink, sinkFreshnessMillis);
    }

    /** The same requirements with the what-if growth and partition choices. */
    public Requirements withSizing(double growth, int partitions) {
        return new Requirements(delivery, latencySloMillis, retentionDays, compliance, multiRegion, growth, schemaFormat,
                partitions, runtime, consumerApplications, downstreamExactlyOnce, nativeSink, sinkFreshnessMillis);
    }

    /** A native sink exists only in Debezium Server, so ruling Kafka out implies it whatever the runtime says. */
    public boolean debeziumServer() { return runtime == CaptureRuntime.DEBEZIUM_SERVER || noKafka(); }

    /** Kafka was ruled out: Debezium Server delivers straight to {@link #nativeSink()}. */
    public boolean noKafka() { return nativeSink != null; }

    public boolean hasPersonalData() { return !compliance.isEmpty(); }
}
