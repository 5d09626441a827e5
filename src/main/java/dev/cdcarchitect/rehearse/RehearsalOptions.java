package dev.cdcarchitect.rehearse;

import java.time.Duration;

/**
 * How a rehearsal runs beyond its scripted workload.
 *
 * @param rate         row changes per second for the paced latency run ({@code --rate}); 0 for none
 * @param rateDuration how long the paced run lasts
 */
public record RehearsalOptions(int rate, Duration rateDuration) {

    public static final RehearsalOptions DEFAULT = new RehearsalOptions(0, Duration.ofSeconds(30));
    /** A paced run faster than this measures the local machine, not the design. */
    public static final int MAX_RATE = 5_000;

    public RehearsalOptions {
        if (rate < 0 || rate > MAX_RATE) throw new IllegalArgumentException("the rate must be between 1 and " + MAX_RATE + " row changes/s, not " + rate + ".");
        if (rateDuration.isNegative() || rateDuration.isZero() || rateDuration.toSeconds() > 600) {
            throw new IllegalArgumentException("the paced run must last between 1 and 600 s, not " + rateDuration.toSeconds() + " s.");
        }
    }
}
