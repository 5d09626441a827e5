package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exported MariaDB source connector config, checked by the MariaDB connector's own field validation
 * ({@code Configuration.validate(MariaDbConnectorConfig.ALL_FIELDS)}, which never connects). The connector (3.5.0) is
 * not on the test class path beside Debezium 3.6.1 (docs/decisions/0013): it is loaded from the Connect plugin folder
 * the build fills, in a class loader of its own.
 */
class MariaDbConfigValidationTest {

    private static final Path PLUGIN = Path.of("target", "connect-plugins", "debezium-connector-mariadb");

    @ParameterizedTest
    @ValueSource(strings = {"MariaDB 10.11, 200 GB, 2,000 TPS, composite primary keys", "MariaDB 10.11, 600 GB, 1,500 TPS, 120 tables"})
    void theMariaDbConnectorAcceptsTheExportedSourceConfig(String source) throws Exception {
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(source, "S3 and Elasticsearch");
        Map<String, String> config = sourceConfig(design);
        assertEquals("io.debezium.connector.mariadb.MariaDbConnector", config.get("connector.class"));
        assertEquals(List.of(), errors(config), "Debezium's MariaDB connector rejects the exported config");
    }

    private static Map<String, String> sourceConfig(DesignResult.Generated design) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, String> f : new ConfigBundleBuilder().build(design).files().entrySet()) {
            if (!f.getKey().startsWith("connect/")) continue;
            JsonNode config = json.readTree(f.getValue()).get("config");
            if (config.get("connector.class").asText().startsWith("io.debezium.connector.")) {
                Map<String, String> map = new HashMap<>();
                config.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
                return map;
            }
        }
        throw new AssertionError("no Debezium source connector in the export");
    }

    /** Field errors as "name: message", from the plugin's classes through reflection (they are not this loader's). */
    private static List<String> errors(Map<String, String> config) throws Exception {
        assertTrue(Files.isDirectory(PLUGIN), PLUGIN + " is filled by 'mvn generate-resources'");
        try (URLClassLoader loader = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Class<?> configuration = loader.loadClass("io.debezium.config.Configuration");
            Object from = configuration.getMethod("from", Map.class).invoke(null, config);
            Object allFields = loader.loadClass("io.debezium.connector.mariadb.MariaDbConnectorConfig").getField("ALL_FIELDS").get(null);
            Map<?, ?> result = (Map<?, ?>) configuration.getMethod("validate", loader.loadClass("io.debezium.config.Field$Set"))
                    .invoke(from, allFields);
            List<String> errors = new ArrayList<>();
            for (Map.Entry<?, ?> e : result.entrySet()) {
                for (Object message : (Collection<?>) e.getValue().getClass().getMethod("errorMessages").invoke(e.getValue())) {
                    errors.add(e.getKey() + "=" + config.get(String.valueOf(e.getKey())) + ": " + message);
                }
            }
            return errors;
        }
    }

    /** The plugin's jars, then this class path less Debezium 3.6.1 (Kafka, SLF4J and Jackson come from there). */
    private static URL[] classPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(PLUGIN)) {
            for (Path jar : jars.sorted().toList()) urls.add(jar.toUri().toURL());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (!name.startsWith("debezium-") && !name.startsWith("mysql-binlog-connector-java")) urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
