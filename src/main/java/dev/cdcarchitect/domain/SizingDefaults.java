package dev.cdcarchitect.domain;

/** Defaults the sizing uses when the text is silent; the intake lists each one as an assumption. */
public final class SizingDefaults {

    /** Share of the changes assumed for the busiest table when the text names none. */
    public static final double BUSIEST_TABLE_SHARE = 0.4;

    /** Each Kafka Connect worker the sizing plans: 4 vCPU and an 8 GB heap (the spec states it; the Kubernetes export sizes pods by it). */
    public static final int CONNECT_WORKER_VCPU = 4;
    public static final int CONNECT_WORKER_HEAP_GB = 8;

    private SizingDefaults() {}

    /** A worker pod's memory: the heap plus a quarter for metaspace, thread stacks and direct buffers. */
    public static int connectWorkerMemoryGi() {
        return CONNECT_WORKER_HEAP_GB + CONNECT_WORKER_HEAP_GB / 4;
    }
}
