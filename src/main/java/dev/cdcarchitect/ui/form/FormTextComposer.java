package dev.cdcarchitect.ui.form;

import dev.cdcarchitect.domain.Compliance;
import dev.cdcarchitect.domain.DataTrait;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the structured form back as the two free texts, in phrasing the intake reads back to the same
 * values. Facts the form does not show (LOBs, HA topology, table counts, compliance...) are carried over from
 * the last input read, so editing the form never drops them.
 */
public final class FormTextComposer {

    private FormTextComposer() {}

    public static String source(FormViewModel form, DesignInput previous) {
        List<String> parts = new ArrayList<>();
        SourceEngine engine = form.engine.get();
        Hosting hosting = form.hosting.get();
        String head = engine.displayName() + " " + form.version.get().strip();
        head += hosting == Hosting.SELF_MANAGED ? " (self-managed)" : " on " + hosting.displayName();
        parts.add(head);
        parts.add(form.volume.get().strip() + " " + form.volumeUnit.get());
        parts.add(Units.grouped(Double.parseDouble(form.rate.get().strip().replace(",", ""))) + " changes/s at peak");
        if (form.updateHeavy.get()) parts.add("update-heavy");
        if (form.deleteHeavy.get()) parts.add("delete-heavy");
        if (form.appendOnly.get()) parts.add("append-only");
        if (form.bursty.get()) parts.add("bursty");
        if (form.compositeKeys.get()) parts.add("composite primary keys");
        if (form.missingKeys.get()) parts.add("some tables without primary keys");
        if (previous != null) {
            var s = previous.source();
            if (s.has(DataTrait.LARGE_OBJECTS)) parts.add("LOB/TOAST columns");
            if (s.has(DataTrait.JSON) && engine != SourceEngine.MONGODB) parts.add("JSON columns");
            if (s.has(HaTrait.READ_REPLICAS)) parts.add("read replicas");
            if (s.has(HaTrait.MULTI_AZ)) parts.add("Multi-AZ");
            if (s.has(HaTrait.RAC)) parts.add("RAC " + s.nodeCount() + " nodes");
            if (s.has(HaTrait.SHARDED)) parts.add("sharded, " + s.nodeCount() + " shards");
            else if (engine == SourceEngine.CASSANDRA && s.nodeCount() > 1) parts.add(s.nodeCount() + " nodes");
            if (s.has(HaTrait.REPLICA_SET)) parts.add("replica set");
            if (s.has(HaTrait.ALWAYS_ON)) parts.add("Always On");
            parts.add(Units.grouped(s.tableCount()) + (engine == SourceEngine.MONGODB ? " collections" : " tables"));
            parts.add("average row size " + s.averageRowBytes() + " B");
        }
        return String.join(", ", parts);
    }

    public static String target(FormViewModel form, DesignInput previous) {
        List<String> parts = new ArrayList<>();
        StringBuilder sinks = new StringBuilder(form.platform.get().displayName());
        if (!form.targets.isEmpty()) {
            sinks.append(" with sinks to ");
            for (int i = 0; i < form.targets.size(); i++) {
                if (i > 0) sinks.append(i == form.targets.size() - 1 ? " and " : ", ");
                sinks.append(targetName(form.targets.get(i), form.replicaFlavour.get()));
            }
        }
        parts.add(sinks.toString());
        if (form.exactlyOnce.get()) parts.add("exactly-once");
        parts.add("p99 latency under " + form.latencyMillis.get().strip() + " ms");
        parts.add(form.retentionDays.get().strip() + " days retention");
        if (previous != null) {
            var r = previous.requirements();
            parts.add(Units.decimal(r.growthFactor()) + "x growth");
            for (Compliance c : r.compliance()) parts.add(c.displayName());
            if (r.multiRegion()) parts.add("multi-region");
            if (r.schemaFormat() == SchemaFormat.PROTOBUF) parts.add("Protobuf");
            if (r.debeziumServer()) parts.add("source captured by Debezium Server");
        }
        return String.join("; ", parts);
    }

    private static String targetName(TargetKind kind, String replicaFlavour) {
        return switch (kind) {
            case RELATIONAL_REPLICA -> "a " + (replicaFlavour.isBlank() ? "relational" : replicaFlavour) + " replica";
            case S3 -> "S3";
            case ICEBERG -> "Iceberg";
            default -> kind.displayName();
        };
    }
}
