package dev.cdcarchitect.rules.source;

import dev.cdcarchitect.rules.base.RuleContext;

/** The change-log retention the user stated, against the outage this design plans to survive. */
final class LogRetention {

    /** Three times the 24 h outage the sizing plans for: a weekend or a slow incident does not force a re-snapshot. */
    static final int PLANNED_HOURS = 72;

    private LogRetention() {}

    /** A warning when the stated retention is shorter than planned, else null. */
    static String shortfall(RuleContext ctx, String log, String fix) {
        Integer stated = ctx.input().facts().logRetentionHours();
        if (stated == null || stated >= PLANNED_HOURS) return null;
        return "The " + log + " is kept for " + stated + " h (as stated), less than the " + PLANNED_HOURS + " h this design plans for: "
                + "a connector outage longer than " + stated + " h loses its position and forces a re-snapshot. " + fix;
    }
}
