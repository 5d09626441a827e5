package dev.cdcarchitect.cutover;

import java.math.BigInteger;

/** One row of the bucket-hash query's answer. */
public record BucketSummary(long bucket, long rowCount, BigInteger hashSum, String minKey, String maxKey) {}
