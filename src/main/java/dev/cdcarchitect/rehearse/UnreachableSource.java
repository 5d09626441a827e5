package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.rehearse.check.Check;
import java.util.regex.Pattern;

/**
 * On a staging cluster the connector runs on the user's Connect workers, which must reach the source database the
 * rehearsal set up. When the connector's failure (Connect's validation or the task's trace) is a connection error,
 * the check says so and what to do, instead of pointing at grants.
 */
final class UnreachableSource {

    /** Connection errors in the PostgreSQL JDBC driver's and the JDK's words; nothing about grants or passwords. */
    private static final Pattern CONNECTION_ERROR = Pattern.compile("(?i)connection to \\S+ refused|connection refused|connect timed out"
            + "|connection attempt timed out|no route to host|UnknownHostException|network is unreachable|The connection attempt failed");

    private UnreachableSource() {}

    /**
     * The check, with the cause and the fix added when it failed on a connection error to the source database.
     *
     * @param where the database as the connector was told to reach it, e.g. {@code 127.0.0.1:5433}
     */
    static Check explain(Check check, String where, boolean loopback) {
        if (check.passed() || !CONNECTION_ERROR.matcher(check.evidence()).find()) return check;
        // The grants hint of a failed task does not apply when the database was never reached.
        int grantsHint = check.evidence().indexOf(" (the database was set up with the spec's own statements");
        String evidence = grantsHint < 0 ? check.evidence() : check.evidence().substring(0, grantsHint);
        return new Check(check.name(), false, evidence + ". Cause: the staging cluster's Connect workers could not connect to the "
                + "source database at " + where + (loopback ? ", a throwaway server on this machine's loopback address, which only a "
                + "worker running on this machine can reach" : "") + ". Fix: rerun with --source-url jdbc:postgresql://HOST:PORT/DB naming a "
                + "development database that both this machine and the Connect workers can reach");
    }
}
