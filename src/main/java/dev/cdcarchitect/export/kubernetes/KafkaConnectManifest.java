package dev.cdcarchitect.export.kubernetes;

import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.SizingDefaults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Strimzi {@code KafkaConnect} resource (kafka.strimzi.io/v1) of a design: replicas and pod size from the sizing,
 * the worker's group and internal topics as the v1 fields, its settings minus what Strimzi owns, authentication,
 * rack awareness, metrics through the JMX exporter ConfigMap, the Kubernetes config providers and the image build
 * with the exact plugins. Field names follow the v1 schema of Strimzi 0.51's CRD.
 */
final class KafkaConnectManifest {

    static final String API_VERSION = "kafka.strimzi.io/v1";
    static final String JMX_CONFIG_MAP = "cdc-jmx-exporter";
    /**
     * Left out of spec.config: what Strimzi's KafkaConnect v1 schema forbids ("Properties with the following prefixes
     * cannot be set"), the worker's and its producer./consumer./admin. clients' security (Strimzi writes it from
     * spec.authentication and spec.tls), and the design's file/env config providers (replaced by the Kubernetes ones).
     */
    private static final Pattern NOT_IN_CONFIG = Pattern.compile("(ssl\\.|sasl\\.|security\\.|listeners|plugin\\.path|rest\\.|bootstrap\\.servers"
            + "|consumer\\.interceptor\\.classes|producer\\.interceptor\\.classes|prometheus\\.metrics\\.reporter\\.|config\\.providers"
            + "|(producer|consumer|admin)\\.(security\\.protocol|sasl\\.|ssl\\.)).*");
    /** Moved to spec fields of their own in v1. */
    private static final List<String> SPEC_FIELDS = List.of("group.id", "config.storage.topic", "offset.storage.topic", "status.storage.topic");
    /** A placeholder host in the reserved .invalid domain: an unchanged value fails fast on DNS. */
    static final String BOOTSTRAP_PLACEHOLDER = "kafka-bootstrap.change-me.invalid:9092";

    private KafkaConnectManifest() {}

    static String name(Map<String, String> worker) {
        return Manifests.name(worker.getOrDefault("group.id", "cdc-connect"));
    }

    static Map<String, Object> build(Map<String, String> worker, int replicas, KafkaPlatform platform, KubernetesOptions options,
                                     List<ConnectPlugins.Plugin> plugins, ConfigReferences references) {
        String name = name(worker);
        Map<String, Object> root = Manifests.object(API_VERSION, "KafkaConnect", name, options.namespace(), Map.of(),
                Manifests.map("strimzi.io/use-connector-resources", "true"));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("replicas", Math.max(1, replicas));
        boolean strimzi = platform == KafkaPlatform.STRIMZI;
        spec.put("bootstrapServers", strimzi ? options.kafkaCluster() + "-kafka-bootstrap:9093" : BOOTSTRAP_PLACEHOLDER);
        spec.put("groupId", worker.getOrDefault("group.id", name));
        spec.put("configStorageTopic", worker.getOrDefault("config.storage.topic", name + "-configs"));
        spec.put("offsetStorageTopic", worker.getOrDefault("offset.storage.topic", name + "-offsets"));
        spec.put("statusStorageTopic", worker.getOrDefault("status.storage.topic", name + "-status"));
        String protocol = worker.getOrDefault("security.protocol", "PLAINTEXT");
        if (protocol.endsWith("SSL")) spec.put("tls", tls(strimzi, options));
        if (protocol.startsWith("SASL")) spec.put("authentication", authentication(worker, strimzi, name, references));
        spec.put("config", config(worker, options, references));
        spec.put("resources", resources());
        spec.put("jvmOptions", Manifests.map("-Xms", SizingDefaults.CONNECT_WORKER_HEAP_GB + "g", "-Xmx", SizingDefaults.CONNECT_WORKER_HEAP_GB + "g"));
        // client.rack only helps where brokers carry the same zone labels: on Strimzi they come from the same node label.
        if (strimzi) spec.put("rack", Manifests.map("topologyKey", "topology.kubernetes.io/zone"));
        spec.put("metricsConfig", metrics());
        spec.put("build", build(name, plugins));
        root.put("spec", spec);
        return root;
    }

    private static Map<String, Object> tls(boolean strimzi, KubernetesOptions options) {
        // Empty: trust the public CAs shipped with Java (managed platforms); on Strimzi the cluster CA secret.
        List<Map<String, String>> trusted = strimzi
                ? List.of(Manifests.map("secretName", options.kafkaCluster() + "-cluster-ca-cert", "pattern", "*.crt")) : List.of();
        return Map.of("trustedCertificates", trusted);
    }

    private static Map<String, Object> authentication(Map<String, String> worker, boolean strimzi, String name, ConfigReferences references) {
        Map<String, Object> auth = new LinkedHashMap<>();
        String mechanism = worker.getOrDefault("sasl.mechanism", "GSSAPI");
        if (strimzi && mechanism.equals("SCRAM-SHA-512")) {
            // The User Operator's KafkaUser of the same name writes its password into a Secret of that name.
            auth.put("type", "scram-sha-512");
            auth.put("username", name);
            auth.put("passwordSecret", Manifests.map("secretName", name, "password", "password"));
            return auth;
        }
        // Any other mechanism: Strimzi's custom type passes the sasl.* settings through; secrets stay references.
        auth.put("type", "custom");
        auth.put("sasl", true);
        Map<String, String> config = new LinkedHashMap<>();
        worker.forEach((k, v) -> {
            if (k.startsWith("sasl.")) config.put(k, references.rewrite(v));
        });
        auth.put("config", config);
        return auth;
    }

    private static Map<String, String> config(Map<String, String> worker, KubernetesOptions options, ConfigReferences references) {
        Map<String, String> config = new LinkedHashMap<>();
        worker.forEach((k, v) -> {
            if (!SPEC_FIELDS.contains(k) && !NOT_IN_CONFIG.matcher(k).matches()) config.put(k, references.rewrite(v));
        });
        // Strimzi adds its own providers to this list; these two read Secrets and ConfigMaps through the Kubernetes API.
        config.put("config.providers", "secrets,configmaps");
        config.put("config.providers.secrets.class", "io.strimzi.kafka.KubernetesSecretConfigProvider");
        config.put("config.providers.configmaps.class", "io.strimzi.kafka.KubernetesConfigMapConfigProvider");
        return config;
    }

    private static Map<String, Object> resources() {
        String memory = SizingDefaults.connectWorkerMemoryGi() + "Gi";
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("requests", Manifests.map("cpu", String.valueOf(SizingDefaults.CONNECT_WORKER_VCPU), "memory", memory));
        out.put("limits", Manifests.map("memory", memory)); // no CPU limit: throttling a worker stalls its tasks
        return out;
    }

    private static Map<String, Object> metrics() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "jmxPrometheusExporter");
        out.put("valueFrom", Map.of("configMapKeyRef", Manifests.map("name", JMX_CONFIG_MAP, "key", KubernetesBundleBuilder.JMX_KEY)));
        return out;
    }

    private static Map<String, Object> build(String name, List<ConnectPlugins.Plugin> plugins) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("type", "docker");
        output.put("image", "registry.change-me.invalid/cdc/" + name + ":1");
        output.put("pushSecret", name + "-registry");
        Map<String, Object> build = new LinkedHashMap<>();
        build.put("output", output);
        build.put("plugins", plugins.stream().map(ConnectPlugins.Plugin::yaml).toList());
        return build;
    }
}
