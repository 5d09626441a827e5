package dev.cdcarchitect.rules.sizing;

import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.rules.base.SourceKnowledge;

/** Which snapshot approach fits the volume; shared by sizing and the snapshot rule so they agree. */
public final class SnapshotPlan {

    /** Above this an initial blocking snapshot takes too long and holds the log for too long. */
    public static final double BLOCKING_SNAPSHOT_LIMIT_HOURS = 12;
    /** Above this even an incremental snapshot through Kafka is slower than seeding from a bulk export. */
    public static final double SEED_FROM_EXPORT_LIMIT_HOURS = 72;
    /** snapshot.max.threads of a blocking snapshot; each thread reads whole tables. */
    public static final int SNAPSHOT_THREADS = 4;

    /** incremental.snapshot.chunk.size: rows per primary-key range query of an incremental snapshot. */
    public static final int INCREMENTAL_CHUNK_ROWS = 4096;
    /** Planning figure for one chunk: its range query plus the watermark window around it. */
    public static final double SECONDS_PER_CHUNK = 0.25;

    public enum Approach { INITIAL_BLOCKING, INCREMENTAL, SEED_THEN_STREAM }

    private SnapshotPlan() {}

    /** Blocking if it fits its limit; otherwise incremental if the chunked read fits its own; otherwise seed from an export. */
    public static Approach approach(double blockingHours, double incrementalHours) {
        if (blockingHours <= BLOCKING_SNAPSHOT_LIMIT_HOURS) return Approach.INITIAL_BLOCKING;
        if (incrementalHours <= SEED_FROM_EXPORT_LIMIT_HOURS) return Approach.INCREMENTAL;
        return Approach.SEED_THEN_STREAM;
    }

    /** An incremental snapshot reads one chunk at a time, interleaved with streaming, so its rate is chunk bytes per chunk time. */
    public static double incrementalMegabytesPerSecond(int rowBytes) {
        return INCREMENTAL_CHUNK_ROWS * (double) rowBytes / SECONDS_PER_CHUNK / 1e6;
    }

    public static double incrementalHours(long volumeBytes, int rowBytes) {
        return volumeBytes / (incrementalMegabytesPerSecond(rowBytes) * 1e6) / 3600;
    }

    /**
     * Hours to snapshot the whole volume incrementally; a source without incremental snapshots (the Cassandra agent,
     * which is not on Kafka Connect) can only snapshot blocking.
     */
    public static double incrementalHours(SourceProfile source, SourceKnowledge knowledge, double blockingHours) {
        return knowledge.runsOnKafkaConnect() ? incrementalHours(source.volumeBytes(), source.averageRowBytes()) : blockingHours;
    }
}
