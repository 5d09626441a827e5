package dev.cdcarchitect.rules.nokafka;

/** Names and paths a no-Kafka design fixes once, so the rules, the diagram and the export agree. */
public final class NativeNames {

    /**
     * Heartbeats go to "prefix.topicprefix"; Debezium's default prefix starts with "__", which a Pub/Sub topic name may
     * not, so no-Kafka designs use a name that every destination accepts.
     */
    public static final String HEARTBEAT_PREFIX = "debezium-heartbeat";

    /** A persistent volume mounted here keeps the offsets and schema history across pod restarts. */
    public static final String DATA_DIR = "/debezium/data";

    public static final String OFFSETS_FILE = DATA_DIR + "/offsets.dat";

    public static final String SCHEMA_HISTORY_FILE = DATA_DIR + "/schema-history.dat";

    private NativeNames() {}
}
