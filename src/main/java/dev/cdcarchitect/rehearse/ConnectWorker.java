package dev.cdcarchitect.rehearse;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;

/** A Kafka Connect worker the rehearsal runs the exported connector on. */
interface ConnectWorker {

    /** Validates the config as {@code PUT /connector-plugins/CLASS/config/validate} does, then creates the connector. */
    void putConnector(String name, Map<String, String> config);

    ConnectorStateInfo status(String name);

    /** The worker's temp folder (local secret files go there). */
    Path folder();
}
