package dev.cdcarchitect.domain;

/**
 * The topic of a table the user named as hot, sized from its own share of the change rate.
 *
 * @param table       the table as the user named it
 * @param topic       its change topic
 * @param writeShare  the share of all row changes it takes (0..1)
 * @param shareStated false when the share is the engine's assumption for a hot table named without one
 * @param partitions  partitions of its topic
 */
public record HotTopic(String table, String topic, double writeShare, boolean shareStated, int partitions) {}
