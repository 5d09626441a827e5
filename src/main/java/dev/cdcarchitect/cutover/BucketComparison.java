package dev.cdcarchitect.cutover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the bucket-hash answers of the source and the target: a bucket that differs in row count or hash sum
 * (or exists on one side only) holds at least one differing row. Narrow it with the key-set queries.
 */
public final class BucketComparison {

    private BucketComparison() {}

    /** One differing key range. Null fields: the bucket does not exist on that side. */
    public record Difference(long bucket, BucketSummary source, BucketSummary target) {

        /** "bucket 0 (keys 1|1 to 1|3): 3 rows at the source, 2 at the target" or "... same count, different hash". */
        public String describe() {
            BucketSummary any = source != null ? source : target;
            String keys = source != null && target != null
                    ? min(source.minKey(), target.minKey()) + " to " + max(source.maxKey(), target.maxKey())
                    : any.minKey() + " to " + any.maxKey();
            String counts = (source == null ? 0 : source.rowCount()) + " rows at the source, " + (target == null ? 0 : target.rowCount())
                    + " at the target";
            boolean sameCount = source != null && target != null && source.rowCount() == target.rowCount();
            return "bucket " + bucket + " (keys " + keys + "): " + (sameCount ? source.rowCount() + " rows on both sides, different hash sum" : counts);
        }

        private static String min(String a, String b) { return a.compareTo(b) <= 0 ? a : b; }

        private static String max(String a, String b) { return a.compareTo(b) >= 0 ? a : b; }
    }

    public static List<Difference> differences(List<BucketSummary> source, List<BucketSummary> target) {
        Map<Long, BucketSummary> s = byBucket(source);
        Map<Long, BucketSummary> t = byBucket(target);
        TreeMap<Long, Boolean> all = new TreeMap<>();
        s.keySet().forEach(b -> all.put(b, true));
        t.keySet().forEach(b -> all.put(b, true));
        List<Difference> out = new ArrayList<>();
        for (long bucket : all.keySet()) {
            BucketSummary a = s.get(bucket);
            BucketSummary b = t.get(bucket);
            if (a == null || b == null || a.rowCount() != b.rowCount() || !a.hashSum().equals(b.hashSum())) out.add(new Difference(bucket, a, b));
        }
        return out;
    }

    private static Map<Long, BucketSummary> byBucket(List<BucketSummary> rows) {
        return rows.stream().collect(Collectors.toMap(BucketSummary::bucket, Function.identity(), (x, y) -> {
            throw new IllegalArgumentException("bucket " + x.bucket() + " appears twice");
        }, TreeMap::new));
    }
}
