package dev.cdcarchitect.rehearse;

import java.time.Duration;

/**
 * How a rehearsal runs beyond its scripted workload.
 *
 * @param rate         row changes per second for the paced latency run ({@code --rate}); 0 for none
 * @param rateDuration how long the paced run lasts
 * @param sourceUrl    the user's development PostgreSQL instead of a throwaway server ({@code --source-url}), or null
 * @param staging      the user's staging Kafka and Connect cluster instead of in-process ones, or null
 */
public record RehearsalOptions(int rate, Duration rateDuration, String sourceUrl, Staging staging) {

    public static final RehearsalOptions DEFAULT = new RehearsalOptions(0, Duration.ofSeconds(30), null);

    /**
     * A staging cluster ({@code --bootstrap-servers}, {@code --connect-url}): the rehearsal creates its uniquely named
     * connectors and topics there and deletes them afterwards, unless {@code keep} ({@code --keep}).
     *
     * @param connectUrl Kafka Connect's REST URL; may carry user:password, which is never shown
     */
    public record Staging(String bootstrapServers, String connectUrl, boolean keep) {

        public Staging {
            if (bootstrapServers == null || bootstrapServers.isBlank() || connectUrl == null || connectUrl.isBlank()) {
                throw new IllegalArgumentException("a staging rehearsal needs both the brokers (--bootstrap-servers) and Kafka Connect's "
                        + "REST URL (--connect-url).");
            }
        }

        /** For messages: the brokers and the Connect URL without its user-info. */
        public String shown() {
            String url;
            try {
                url = dev.cdcarchitect.connect.ConnectUrl.parse(connectUrl).shown();
            } catch (IllegalArgumentException e) {
                url = "(not a valid URL)";
            }
            return "brokers " + bootstrapServers + ", Kafka Connect " + url;
        }

        /** Never the Connect URL's user-info. */
        @Override
        public String toString() {
            return "Staging[" + shown() + ", keep=" + keep + "]";
        }
    }

    public RehearsalOptions(int rate, Duration rateDuration, String sourceUrl) {
        this(rate, rateDuration, sourceUrl, null);
    }
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
        return "RehearsalOptions[rate=" + rate + ", rateDuration=" + rateDuration + ", sourceUrl=" + (sourceUrl == null ? "none" : "given")
                + ", staging=" + (staging == null ? "none" : staging) + "]";
    }
}
