package dev.cdcarchitect.export.kubernetes;

import dev.cdcarchitect.rules.sink.SnowflakeSink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The plugin artifacts Strimzi's {@code spec.build} puts into the Kafka Connect image for the classes a design's
 * connectors name: connectors, converters, transforms. One pinned version per plugin, each read from the vendor's
 * release page or repository (noted per entry), so a rebuilt image is the same image. Classes of Apache Kafka itself
 * ({@code org.apache.kafka.*}) ship with Strimzi's Kafka image and need nothing.
 */
public final class ConnectPlugins {

    /** The Debezium release the design's connectors are written for (its validation runs on this version). */
    public static final String DEBEZIUM_VERSION = "3.6.1.Final";

    static final String MAVEN_CENTRAL = "https://repo1.maven.org/maven2/";
    private static final String CONFLUENT_HUB = "https://hub-downloads.confluent.io/api/plugins/";
    /** Confluent's Avro and Protobuf converters (Confluent Hub; the version seen in Confluent Hub download URLs). */
    private static final String CONFLUENT_CONVERTER_VERSION = "7.6.1";
    private static final Pattern CLASS_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z][A-Za-z0-9_$]*");

    /** One artifact of a plugin: a download ({@code tgz}, {@code zip}, {@code jar}) or Maven coordinates ({@code maven}). */
    public record Artifact(String type, String url, String group, String artifact, String version) {

        static Artifact download(String type, String url) {
            return new Artifact(type, url, null, null, null);
        }

        static Artifact maven(String group, String artifact, String version) {
            return new Artifact("maven", null, group, artifact, version);
        }

        /** The Debezium plugin archive on Maven Central, e.g. debezium-connector-postgres-3.6.1.Final-plugin.tar.gz. */
        static Artifact debezium(String artifact) {
            return download("tgz", MAVEN_CENTRAL + "io/debezium/" + artifact + "/" + DEBEZIUM_VERSION + "/" + artifact + "-"
                    + DEBEZIUM_VERSION + "-plugin.tar.gz");
        }

        /** A Confluent Hub archive: owner/name/versions/V/owner-name-V.zip. */
        static Artifact hub(String owner, String name, String version) {
            return download("zip", CONFLUENT_HUB + owner + "/" + name + "/versions/" + version + "/" + owner + "-" + name + "-" + version + ".zip");
        }

        Map<String, Object> yaml() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("type", type);
            if (url != null) out.put("url", url);
            if (group != null) {
                out.put("group", group);
                out.put("artifact", artifact);
                out.put("version", version);
            }
            return out;
        }
    }

    /** A plugin folder of the image. */
    public record Plugin(String name, List<Artifact> artifacts) {
        Map<String, Object> yaml() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", name);
            out.put("artifacts", artifacts.stream().map(Artifact::yaml).toList());
            return out;
        }
    }

    private record Entry(String packagePrefix, Plugin plugin) {}

    private static final List<Entry> CATALOG = List.of(
            debezium("io.debezium.connector.postgresql.", "debezium-connector-postgres"),
            debezium("io.debezium.connector.mysql.", "debezium-connector-mysql"),
            debezium("io.debezium.connector.mariadb.", "debezium-connector-mariadb"),
            debezium("io.debezium.connector.sqlserver.", "debezium-connector-sqlserver"),
            debezium("io.debezium.connector.mongodb.", "debezium-connector-mongodb"),
            debezium("io.debezium.connector.jdbc.", "debezium-connector-jdbc"),
            // Debezium's Oracle and Db2 archives leave out the vendor JDBC drivers; these are the versions Debezium
            // 3.6.1 is built and tested with (version.oracle.driver, version.db2.driver in its build parent POM).
            new Entry("io.debezium.connector.oracle.", new Plugin("debezium-connector-oracle", List.of(
                    Artifact.debezium("debezium-connector-oracle"),
                    Artifact.maven("com.oracle.database.jdbc", "ojdbc11", "23.26.1.0.0")))),
            new Entry("io.debezium.connector.db2.", new Plugin("debezium-connector-db2", List.of(
                    Artifact.debezium("debezium-connector-db2"), Artifact.maven("com.ibm.db2", "jcc", "11.5.0.0")))),
            // Transforms and post processors live in debezium-core, inside every Debezium connector archive; a worker
            // that runs only sinks (the source elsewhere) gets debezium-core on its own.
            new Entry("io.debezium.", new Plugin("debezium-core", List.of(Artifact.maven("io.debezium", "debezium-core", DEBEZIUM_VERSION)))),
            new Entry("io.confluent.connect.avro.", converter("kafka-connect-avro-converter")),
            new Entry("io.confluent.kafka.serializers.", converter("kafka-connect-avro-converter")),
            new Entry("io.confluent.connect.protobuf.", converter("kafka-connect-protobuf-converter")),
            // Confluent Hub pages: Elasticsearch 14.1.2, Amazon S3 10.6.7, BigQuery (WePay) 2.5.7.
            new Entry("io.confluent.connect.elasticsearch.", new Plugin("kafka-connect-elasticsearch",
                    List.of(Artifact.hub("confluentinc", "kafka-connect-elasticsearch", "14.1.2")))),
            new Entry("io.confluent.connect.s3.", s3()),
            new Entry("io.confluent.connect.storage.", s3()),
            new Entry("com.wepay.kafka.connect.bigquery.", new Plugin("kafka-connect-bigquery",
                    List.of(Artifact.hub("wepay", "kafka-connect-bigquery", "2.5.7")))),
            new Entry("com.snowflake.kafka.connector.", new Plugin("snowflake-kafka-connector",
                    List.of(Artifact.maven("com.snowflake", "snowflake-kafka-connector", SnowflakeSink.CONNECTOR_VERSION)))),
            // Aiven's GitHub release v3.1.1.
            new Entry("io.aiven.kafka.connect.opensearch.", new Plugin("opensearch-connector", List.of(Artifact.download("zip",
                    "https://github.com/Aiven-Open/opensearch-connector-for-apache-kafka/releases/download/v3.1.1/"
                            + "opensearch-connector-for-apache-kafka-3.1.1.zip")))),
            // ClickHouse's GitHub release v1.3.8.
            new Entry("com.clickhouse.kafka.connect.", new Plugin("clickhouse-kafka-connect", List.of(Artifact.download("zip",
                    "https://github.com/ClickHouse/clickhouse-kafka-connect/releases/download/v1.3.8/clickhouse-kafka-connect-v1.3.8.zip")))),
            // Apache Iceberg 1.10.1 (iceberg.apache.org/releases); the AWS bundle carries S3FileIO for the warehouse.
            new Entry("org.apache.iceberg.", new Plugin("iceberg-kafka-connect", List.of(
                    Artifact.maven("org.apache.iceberg", "iceberg-kafka-connect", "1.10.1"),
                    Artifact.maven("org.apache.iceberg", "iceberg-aws-bundle", "1.10.1")))));

    /**
     * Client classes the worker itself loads (SASL login and callback handlers): they must be on the worker's class
     * path, which plugin folders are not, and Strimzi's Kafka image does not ship them.
     */
    private static final Map<String, String> WORKER_LIBRARIES = Map.of(
            "software.amazon.msk.auth.iam.", "software.amazon.msk:aws-msk-iam-auth (Amazon MSK IAM authentication)");

    private ConnectPlugins() {}

    /** The worker-class-path libraries these classes need, sorted; the README says how to add them. */
    public static List<String> workerLibraries(Collection<String> classes) {
        return classes.stream().flatMap(c -> WORKER_LIBRARIES.entrySet().stream().filter(e -> c.startsWith(e.getKey())).map(Map.Entry::getValue))
                .distinct().sorted().toList();
    }

    private static Entry debezium(String prefix, String artifact) {
        return new Entry(prefix, new Plugin(artifact, List.of(Artifact.debezium(artifact))));
    }

    private static Plugin converter(String name) {
        return new Plugin(name, List.of(Artifact.hub("confluentinc", name, CONFLUENT_CONVERTER_VERSION)));
    }

    private static Plugin s3() {
        return new Plugin("kafka-connect-s3", List.of(Artifact.hub("confluentinc", "kafka-connect-s3", "10.6.7")));
    }

    /** Every value that names a Java class (connector, converter, transform, predicate, processor). */
    public static List<String> classesIn(Collection<String> values) {
        return values.stream().map(String::trim).filter(v -> CLASS_NAME.matcher(v).matches()).distinct().toList();
    }

    /**
     * The plugins for these classes, sorted by name; debezium-core only when no Debezium connector archive already
     * carries it.
     *
     * @throws IllegalStateException for a class no plugin provides: an image without it would fail at run time
     */
    public static List<Plugin> forClasses(Collection<String> classes) {
        Map<String, Plugin> byName = new TreeMap<>();
        for (String className : classes) {
            if (className.startsWith("org.apache.kafka.") || !workerLibraries(List.of(className)).isEmpty()) continue;
            Plugin plugin = CATALOG.stream().filter(e -> className.startsWith(e.packagePrefix())).map(Entry::plugin).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Kafka Connect plugin is known for " + className));
            byName.put(plugin.name(), plugin);
        }
        if (byName.keySet().stream().anyMatch(n -> n.startsWith("debezium-connector-"))) byName.remove("debezium-core");
        return new ArrayList<>(byName.values());
    }
}
