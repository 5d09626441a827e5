package dev.cdcarchitect.rules.failure;

/**
 * What a re-snapshot after a lost log position can and cannot restore. A snapshot reads the rows that exist now, so
 * inserts and updates made in the gap come back as snapshot reads, but a row deleted in the gap is never emitted and
 * its copy stays in every target: the recovery is only complete after the targets are reconciled with the source.
 */
public final class Reconciliation {

    /** The data-loss bound of a recovery by re-snapshot. */
    public static final String RPO = "inserts and updates in the gap: 0 once re-snapshotted (they arrive as snapshot reads); "
            + "deletes in the gap: never emitted, their rows stay in the targets until reconciled";

    /** The step that completes a recovery by re-snapshot. */
    public static final String STEP = "Then reconcile the deletes the snapshot cannot see: per table, compare the source's key set "
            + "with the target's and delete the orphans in the target, or re-snapshot into a fresh target table and switch readers to it.";

    private Reconciliation() {}

    /** A recovery that ends in a re-snapshot, completed by the reconciliation step. */
    public static String after(String recovery) {
        return recovery + (recovery.endsWith(".") ? " " : ". ") + STEP;
    }
}
