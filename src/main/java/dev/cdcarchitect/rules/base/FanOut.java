package dev.cdcarchitect.rules.base;

import dev.cdcarchitect.domain.Requirements;

/** Consumer applications that read the change topics besides the sinks; each is one more consumer group. */
public final class FanOut {

    private FanOut() {}

    /** As stated; a downstream exactly-once consumer that was named is one even when no count was given. */
    public static int applications(Requirements requirements) {
        return Math.max(requirements.consumerApplications(), requirements.downstreamExactlyOnce() != null ? 1 : 0);
    }
}
