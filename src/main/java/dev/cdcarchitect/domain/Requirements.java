package dev.cdcarchitect.domain;

import java.util.Set;

/**
 * What the pipeline must guarantee.
 *
 * @param latencySloMillis end-to-end latency objective (source commit to sink visible)
 * @param retentionDays    how long change events stay replayable in Kafka
 * @param growthFactor     expected growth of the change rate over the planning horizon
 * @param partitionOverride partitions of the busiest topic chosen by the user; 0 = computed by sizing
 * @param runtime          where the source connector runs (Kafka Connect unless Debezium Server was asked for)
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
        CaptureRuntime runtime) {

    public Requirements {
        compliance = EnumSets.copyOf(Compliance.class, compliance);
    }

    public boolean exactlyOnce() { return delivery == DeliveryGuarantee.EXACTLY_ONCE; }

    public Requirements withRuntime(CaptureRuntime other) {
        return new Requirements(delivery, latencySloMillis, retentionDays, compliance, multiRegion, growthFactor, schemaFormat,
                partitionOverride, other);
    }

    public boolean debeziumServer() { return runtime == CaptureRuntime.DEBEZIUM_SERVER; }

    public boolean hasPersonalData() { return !compliance.isEmpty(); }
}
