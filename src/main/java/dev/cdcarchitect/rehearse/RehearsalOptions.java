package dev.cdcarchitect.rehearse;

import java.time.Duration;

/**
 * How a rehearsal runs beyond its scripted workload.
 *
 * @param rate         row changes per second for the paced latency run ({@code --rate}); 0 for none
 * @param rateDuration how long the paced run lasts
 * @param sourceUrl    the user's development PostgreSQL instead of a throwaway server ({@code --source-url}), or null
 */
public record RehearsalOptions(int rate, Duration rateDuration, String sourceUrl) {

    public static final RehearsalOptions DEFAULT = new RehearsalOptions(0, Duration.ofSeconds(30), null);
    /** A paced run faster than this measures the local machine, not the design. */
    public static final int MAX_RATE = 5_000;

    public RehearsalOptions(int rate, Duration rateDuration) {
        this(rate, rateDuration, null);
    }

    public RehearsalOptions {
        if (rate < 0 || rate > MAX_RATE) throw new IllegalArgumentException("the rate must be between 1 and " + MAX_RATE + " row changes/s, not " + rate + ".");
        if (rateDuration.isNegative() || rateDuration.isZero() || rateDuration.toSeconds() > 600) {
            throw new IllegalArgumentException("the paced run must last between 1 and 600 s, not " + rateDuration.toSeconds() + " s.");
        }
    }

    /** Whether {@code url} is a PostgreSQL JDBC URL the driver can read (checked before anything starts). */
    public static boolean isPostgresUrl(String url) {
        return org.postgresql.Driver.parseURL(url, new java.util.Properties()) != null;
    }

    /** Never the URL itself: it may carry a password. */
    @Override
    public String toString() {
        return "RehearsalOptions[rate=" + rate + ", rateDuration=" + rateDuration + ", sourceUrl=" + (sourceUrl == null ? "none" : "given") + "]";
    }
}
