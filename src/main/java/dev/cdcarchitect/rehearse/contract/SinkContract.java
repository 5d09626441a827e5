package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.List;
import java.util.Set;

/**
 * What one kind of sink connector requires of the records it receives and of its own settings, written from that
 * connector's documentation ({@link #doc()}). Checks are run on the records the real source connector produced,
 * after the exported converters and SMT chain.
 */
interface SinkContract {

    /** The design's target kinds this contract covers. */
    Set<TargetKind> kinds();

    /** True for the connector classes this contract is written for. */
    boolean handles(String connectorClass);

    /** The connector documentation the contract was written from. */
    String doc();

    /** Checks on the settings alone and on the delivered records (the latter only when the SMT chain ran in full). */
    List<Check> check(SinkRun run);
}
