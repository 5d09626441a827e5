package dev.cdcarchitect.domain;

import java.util.Set;

/**
 * Everything the design needs to know about the source database. All values are concrete: what the
 * text did not say was filled with a default and recorded as an {@link Assumption}.
 *
 * @param version        as written ("14", "8.0", "19c"), never empty
 * @param volumeBytes    total data volume
 * @param peakChangesPerSecond row-level changes per second at peak (what sizing uses)
 * @param averageRowBytes average row size
 * @param nodeCount      RAC nodes or shards, 1 when neither
 * @param largestRowBytes the largest row or document as stated ("documents up to 10 MB"), 0 when not stated
 */
public record SourceProfile(
        SourceEngine engine,
        Hosting hosting,
        String version,
        long volumeBytes,
        double peakChangesPerSecond,
        int averageRowBytes,
        int tableCount,
        long largestTableRows,
        Set<Workload> workload,
        Set<KeyTrait> keys,
        Set<DataTrait> data,
        Set<HaTrait> highAvailability,
        int nodeCount,
        long largestRowBytes) {

    public SourceProfile {
        workload = EnumSets.copyOf(Workload.class, workload);
        keys = EnumSets.copyOf(KeyTrait.class, keys);
        data = EnumSets.copyOf(DataTrait.class, data);
        highAvailability = EnumSets.copyOf(HaTrait.class, highAvailability);
    }

    /** A profile with no largest row stated. */
    public SourceProfile(SourceEngine engine, Hosting hosting, String version, long volumeBytes, double peakChangesPerSecond,
                         int averageRowBytes, int tableCount, long largestTableRows, Set<Workload> workload, Set<KeyTrait> keys,
                         Set<DataTrait> data, Set<HaTrait> highAvailability, int nodeCount) {
        this(engine, hosting, version, volumeBytes, peakChangesPerSecond, averageRowBytes, tableCount, largestTableRows, workload,
                keys, data, highAvailability, nodeCount, 0);
    }

    public int majorVersion() {
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) end++;
        return end == 0 ? 0 : Integer.parseInt(version.substring(0, Math.min(end, 6)));
    }

    public boolean has(Workload w) { return workload.contains(w); }

    public boolean has(KeyTrait k) { return keys.contains(k); }

    public boolean has(DataTrait d) { return data.contains(d); }

    public boolean has(HaTrait h) { return highAvailability.contains(h); }
}
