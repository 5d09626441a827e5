package dev.cdcarchitect.export.kubernetes;

import java.util.regex.Pattern;

/**
 * Where the manifests go: the namespace every resource is created in, and the Strimzi {@code Kafka} cluster the
 * topics belong to (it also names the cluster's bootstrap service and CA secret on Strimzi platforms).
 *
 * @param namespace    a Kubernetes namespace (RFC 1123 label)
 * @param kafkaCluster the name of the Strimzi {@code Kafka} resource (RFC 1123 label)
 */
public record KubernetesOptions(String namespace, String kafkaCluster) {

    /** Declared before DEFAULTS, whose construction uses it. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    /** Strimzi's quick start installs into namespace {@code kafka} and names its cluster {@code my-cluster}. */
    public static final KubernetesOptions DEFAULTS = new KubernetesOptions("kafka", "my-cluster");

    public KubernetesOptions {
        require("namespace", namespace);
        require("Kafka cluster name", kafkaCluster);
    }

    private static void require(String what, String value) {
        if (value == null || !LABEL.matcher(value).matches()) {
            throw new IllegalArgumentException("the " + what + " '" + value + "' is not a Kubernetes name: use at most 63 lower-case "
                    + "letters, digits and '-', starting and ending with a letter or digit");
        }
    }
}
