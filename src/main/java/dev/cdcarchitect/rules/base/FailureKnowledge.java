package dev.cdcarchitect.rules.base;

/**
 * Engine-specific wording for the failure matrix and offset management.
 *
 * @param offset         what the connector's offset is and where the source keeps its side of it
 * @param failover       how a source failover affects capture and what to do
 * @param failoverRpo    data-loss bound of a source failover
 * @param lostLog        what "the log is gone" means for this engine
 * @param lostLogRecovery the recovery steps
 */
public record FailureKnowledge(String offset, String failover, String failoverRpo, String lostLog, String lostLogRecovery) {}
