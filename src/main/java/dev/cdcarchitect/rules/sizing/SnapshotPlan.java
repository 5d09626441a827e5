package dev.cdcarchitect.rules.sizing;

/** Which snapshot approach fits the volume; shared by sizing and the snapshot rule so they agree. */
public final class SnapshotPlan {

    /** Above this an initial blocking snapshot takes too long and holds the log for too long. */
    public static final double BLOCKING_SNAPSHOT_LIMIT_HOURS = 12;
    /** Above this even an incremental snapshot through Kafka is slower than seeding from a bulk export. */
    public static final double SEED_FROM_EXPORT_LIMIT_HOURS = 72;
    /** snapshot.max.threads of a blocking snapshot; each thread reads whole tables. */
    public static final int SNAPSHOT_THREADS = 4;

    public enum Approach { INITIAL_BLOCKING, INCREMENTAL, SEED_THEN_STREAM }

    private SnapshotPlan() {}

    public static Approach approach(double snapshotHours) {
        if (snapshotHours <= BLOCKING_SNAPSHOT_LIMIT_HOURS) return Approach.INITIAL_BLOCKING;
        if (snapshotHours <= SEED_FROM_EXPORT_LIMIT_HOURS) return Approach.INCREMENTAL;
        return Approach.SEED_THEN_STREAM;
    }
}
