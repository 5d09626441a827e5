package dev.cdcarchitect.rules.sizing;

import static dev.cdcarchitect.domain.Units.bytes;
import static dev.cdcarchitect.domain.Units.decimal;
import static dev.cdcarchitect.domain.Units.grouped;
import static dev.cdcarchitect.domain.Units.hours;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.rules.base.SourceKnowledge;
import java.util.List;
import java.util.Optional;

/**
 * How long a snapshot through the connector takes. Blocking: the volume at the engine's sustained read rate, and
 * never less than the largest stated table at one thread's share of it, since one thread reads a whole table.
 * Incremental: the volume at the chunk rate, since chunks are read one at a time beside streaming.
 */
final class SnapshotEstimate {

    private SnapshotEstimate() {}

    /** Adds the snapshot lines and returns the blocking snapshot's hours. */
    static double blockingHours(DesignInput input, SourceKnowledge knowledge, List<SizingLine> lines) {
        double blocking = blocking(input, knowledge, lines);
        if (!knowledge.runsOnKafkaConnect()) return blocking; // the Cassandra agent has no incremental snapshots
        long volume = input.source().volumeBytes();
        int row = input.source().averageRowBytes();
        lines.add(new SizingLine("sizing.snapshot-incremental", "Incremental snapshot duration",
                hours(SnapshotPlan.incrementalHours(volume, row)), bytes(volume) + " / (" + grouped(SnapshotPlan.INCREMENTAL_CHUNK_ROWS)
                        + " rows x " + bytes(row) + " per chunk / " + SnapshotPlan.SECONDS_PER_CHUNK + " s per chunk = "
                        + decimal(SnapshotPlan.incrementalMegabytesPerSecond(row)) + " MB/s): one chunk query at a time, beside "
                        + "streaming (planning figure: measure a chunk on a copy)"));
        return blocking;
    }

    private static double blocking(DesignInput input, SourceKnowledge knowledge, List<SizingLine> lines) {
        long volume = input.source().volumeBytes();
        double rate = knowledge.snapshotMegabytesPerSecond();
        double total = volume / (rate * 1e6) / 3600;
        String totalFormula = bytes(volume) + " / " + decimal(rate) + " MB/s sustained snapshot read";
        Optional<NamedObject> largest = HotTables.largest(input.facts());
        if (largest.isEmpty()) {
            lines.add(new SizingLine("sizing.snapshot", "Initial snapshot duration", hours(total), totalFormula));
            return total;
        }
        long size = largest.get().sizeBytes();
        double perThread = rate / SnapshotPlan.SNAPSHOT_THREADS;
        double table = size / (perThread * 1e6) / 3600;
        lines.add(new SizingLine("sizing.snapshot-largest-table", "Largest table snapshot (" + largest.get().name() + ", " + bytes(size) + ")",
                hours(table), bytes(size) + " / (" + decimal(rate) + " MB/s / " + SnapshotPlan.SNAPSHOT_THREADS
                        + " snapshot threads): one thread reads a whole table"));
        double blocking = Math.max(total, table);
        lines.add(new SizingLine("sizing.snapshot", "Initial snapshot duration", hours(blocking),
                "max(" + totalFormula + " = " + hours(total) + ", largest table " + hours(table) + ")"));
        return blocking;
    }
}
