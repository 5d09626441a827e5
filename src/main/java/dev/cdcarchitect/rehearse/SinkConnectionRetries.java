package dev.cdcarchitect.rehearse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often the rehearsal's JDBC sink tries to reach its replica before its task fails. The Debezium JDBC sink
 * connects through c3p0 (Hibernate passes {@code hibernate.c3p0.*} on), whose default is 30 attempts 1 s apart
 * (https://www.mchange.com/projects/c3p0/#acquireRetryAttempts): a config naming a database that is not there
 * failed only after 30 s. The rehearsal's replica is a database on a server that is already up, so a refused
 * connection is the config's fault, never an outage to ride out: three attempts 200 ms apart say so at once.
 * A value the exported config sets itself is kept; the change is listed like every other local one.
 */
final class SinkConnectionRetries {

    static final String ATTEMPTS = "hibernate.c3p0.acquireRetryAttempts";
    static final String DELAY = "hibernate.c3p0.acquireRetryDelay";
    static final String LOCAL_ATTEMPTS = "3";
    static final String LOCAL_DELAY_MS = "200";

    private SinkConnectionRetries() {
    }

    static Map<String, String> apply(Map<String, String> sinkConfig, LocalSubstitutions substitutions) {
        if (sinkConfig.containsKey(ATTEMPTS) || sinkConfig.containsKey(DELAY)) return sinkConfig;
        Map<String, String> out = new LinkedHashMap<>(sinkConfig);
        out.put(ATTEMPTS, LOCAL_ATTEMPTS);
        out.put(DELAY, LOCAL_DELAY_MS);
        substitutions.note(List.of(ATTEMPTS + ": (c3p0's default, 30 attempts 1 s apart) -> " + LOCAL_ATTEMPTS + " attempts "
                + LOCAL_DELAY_MS + " ms apart (the local replica is up before the sink starts: a refused connection is the config's, "
                + "reported at once)"));
        return out;
    }
}
