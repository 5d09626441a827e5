package dev.cdcarchitect.rehearse;

import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;

/** Why a connector or one of its tasks failed, in the database's or connector's own words. */
final class ConnectorFailures {

    private ConnectorFailures() {}

    /** The failure of the connector or its first failed task; null while nothing has failed. */
    static String of(ConnectorStateInfo status) {
        if ("FAILED".equals(status.connector().state())) return cause(status.connector().trace());
        for (ConnectorStateInfo.TaskState t : status.tasks()) {
            if ("FAILED".equals(t.state())) return cause(t.trace());
        }
        return null;
    }

    /** The innermost "Caused by" of a worker's stack trace: the database's own words. */
    static String cause(String trace) {
        if (trace == null) return "no error text";
        String last = trace.lines().findFirst().orElse(trace);
        for (String line : trace.lines().toList()) {
            if (line.startsWith("Caused by: ")) last = line.substring("Caused by: ".length());
        }
        return last.strip();
    }
}
