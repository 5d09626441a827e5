package dev.cdcarchitect.export.kubernetes;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.TopicConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Kubernetes manifests of a design, built from the files of its plain export (the same connectors, topics and
 * worker settings the rehearsal reads) so the two can never disagree. Files are numbered in the order
 * {@code kubectl apply -f DIR} should create them; the README says what to fill in first.
 */
public final class KubernetesBundleBuilder {

    /** The key of the JMX exporter file in its ConfigMap: the monitoring export's file name. */
    public static final String JMX_KEY = dev.cdcarchitect.export.monitoring.MonitoringBundleBuilder.JMX_FILE;
    static final String SERVER = "cdc-debezium-server";

    /**
     * @param plain             the plain export (connect/*.json, topics.json, worker.properties, debezium-server/)
     * @param jmxExporterConfig the monitoring export's JMX exporter configuration, mounted as the metrics ConfigMap
     * @return file name to content, in apply order, README.md last
     */
    public Map<String, String> build(DesignResult.Generated design, ConfigBundle plain, String jmxExporterConfig, KubernetesOptions options) {
        String ns = options.namespace();
        KafkaPlatform platform = design.input().platform();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("00-namespace.yaml", Manifests.yaml(Manifests.object("v1", "Namespace", ns, null, Map.of(), Map.of())));
        Map<String, Object> jmx = Manifests.object("v1", "ConfigMap", KafkaConnectManifest.JMX_CONFIG_MAP, ns, Map.of(), Map.of());
        jmx.put("data", Manifests.map(JMX_KEY, jmxExporterConfig));
        files.put("10-configmap-" + KafkaConnectManifest.JMX_CONFIG_MAP + ".yaml", Manifests.yaml(jmx));

        ConfigReferences references = new ConfigReferences(ns);
        List<ConnectorConfig> connectors = ExportedConfigs.connectors(plain);
        List<TopicConfig> topics = ExportedConfigs.topics(plain);
        Map<String, String> worker = ExportedConfigs.worker(plain);
        Map<String, String> manifests = new LinkedHashMap<>();
        List<ConnectPlugins.Plugin> plugins = List.of();
        List<String> workerLibraries = List.of();
        String connect = null;
        if (!worker.isEmpty()) {
            connect = KafkaConnectManifest.name(worker);
            List<String> values = new ArrayList<>(worker.values());
            connectors.forEach(c -> values.addAll(c.config().values()));
            plugins = ConnectPlugins.forClasses(ConnectPlugins.classesIn(values));
            workerLibraries = ConnectPlugins.workerLibraries(ConnectPlugins.classesIn(values));
            manifests.put("30-kafkaconnect-" + connect + ".yaml", Manifests.yaml(KafkaConnectManifest.build(worker,
                    design.spec().sizing().connectWorkers(), platform, options, plugins, references)));
            if (platform == KafkaPlatform.STRIMZI) {
                for (TopicConfig t : topics) {
                    manifests.put("40-kafkatopic-" + Manifests.name(t.name()) + ".yaml",
                            Manifests.yaml(StrimziManifests.topic(t, options.kafkaCluster(), ns)));
                }
            }
            for (ConnectorConfig c : connectors) {
                manifests.put("50-kafkaconnector-" + Manifests.name(c.name()) + ".yaml",
                        Manifests.yaml(StrimziManifests.connector(c, connect, ns, references)));
            }
        }
        String serverProperties = plain.files().get("debezium-server/application.properties");
        Set<String> serverVariables = Set.of();
        if (serverProperties != null) {
            serverVariables = DebeziumServerManifest.variables(serverProperties);
            files.put("10-secret-" + SERVER + "-env.yaml", secret(SERVER + "-env", ns, serverVariables));
            manifests.put("60-debeziumserver-" + SERVER + ".yaml",
                    Manifests.yaml(DebeziumServerManifest.build(SERVER, serverProperties, ns, SERVER + "-env")));
        }
        // Secrets, settings and the role that reads them, now that every reference has been rewritten.
        references.secrets().forEach((name, keys) -> files.put("10-secret-" + name + ".yaml", secret(name, ns, keys)));
        if (!references.settings().isEmpty()) {
            Map<String, Object> settings = Manifests.object("v1", "ConfigMap", ConfigReferences.SETTINGS, ns, Map.of(), Map.of());
            Map<String, String> data = new LinkedHashMap<>();
            references.settings().forEach(k -> data.put(k, ""));
            settings.put("data", data);
            files.put("10-configmap-" + ConfigReferences.SETTINGS + ".yaml", FILL_IN + Manifests.yaml(settings));
        }
        if (connect != null) {
            files.put("20-role-" + connect + "-config-providers.yaml", Manifests.yaml(ConfigProviderAccess.role(connect, ns, references)));
            files.put("21-rolebinding-" + connect + "-config-providers.yaml", Manifests.yaml(ConfigProviderAccess.binding(connect, ns)));
        }
        files.putAll(manifests);
        files.put("README.md", KubernetesReadme.render(design, options, connect, plugins, workerLibraries, references, serverVariables, topics, files.keySet()));
        return files;
    }

    static final String FILL_IN = "# Fill in every empty value before `kubectl apply`; applying it again with empty values empties them.\n";

    /** A Secret template: every key the configuration refers to, each left empty for the user to fill in. */
    private static String secret(String name, String ns, Set<String> keys) {
        Map<String, Object> secret = Manifests.object("v1", "Secret", name, ns, Map.of(), Map.of());
        secret.put("type", "Opaque");
        Map<String, String> data = new LinkedHashMap<>();
        keys.forEach(k -> data.put(k, ""));
        secret.put("stringData", data);
        return FILL_IN + Manifests.yaml(secret);
    }
}
