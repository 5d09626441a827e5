package dev.cdcarchitect.rehearse;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exported {@code debezium-server/application.properties} turned into what Debezium Server hands its embedded engine
 * and its Kafka sink, after local placeholders are filled. The mapping follows Debezium Server 3.x
 * ({@code io.debezium.server.DebeziumServer#populateEngineProperties}, https://debezium.io/documentation/reference/stable/operations/debezium-server.html):
 * {@code debezium.source.*} with the prefix stripped; {@code debezium.format.key.*}/{@code value.*}/{@code header.*}
 * as {@code key.converter.*}/...; the remaining {@code debezium.format.*} for all three converters;
 * {@code debezium.sink.<type>.*} also as {@code schema.history.internal.<type>.*} and {@code offset.storage.<type>.*};
 * {@code name} = the sink type. The Kafka sink's producer takes {@code debezium.sink.kafka.producer.*}.
 *
 * @param engine        the engine's properties
 * @param producer      the Kafka sink's producer properties
 * @param keyFormat     {@code debezium.format.key} (default json)
 * @param valueFormat   {@code debezium.format.value} (default json)
 * @param substitutions where the rehearsed file differs from the export, and why (passwords never shown)
 */
record DebeziumServerProperties(Map<String, String> engine, Map<String, String> producer, String keyFormat, String valueFormat,
                                List<String> substitutions) {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final Pattern SECURITY_KEY = Pattern.compile(".*\\.(security\\.protocol|sasl\\.[a-z.]+|ssl\\.[a-z.]+)");
    private static final Pattern REGISTRY_KEY = Pattern.compile("debezium\\.format\\.(key\\.|value\\.)?schema\\.registry\\.url");
    static final String BOOTSTRAP_VARIABLE = "CDC_BOOTSTRAP_SERVERS";
    static final String PASSWORD_VARIABLE = "POSTGRES_PASSWORD";

    /** Reads the file, fills the local values and maps it as Debezium Server does. */
    static DebeziumServerProperties of(String applicationProperties, int dbPort, String bootstrapServers, String dbPassword) {
        Properties file = new Properties();
        try {
            file.load(new StringReader(applicationProperties));
        } catch (IOException e) {
            throw new RehearsalException("the exported debezium-server/application.properties cannot be read: " + e.getMessage(), e);
        }
        List<String> changes = new ArrayList<>();
        Map<String, String> local = new TreeMap<>();
        for (String key : new java.util.TreeSet<>(file.stringPropertyNames())) {
            String value = file.getProperty(key);
            if (SECURITY_KEY.matcher(key).matches() || REGISTRY_KEY.matcher(key).matches()) {
                changes.add(key + ": left out (" + (SECURITY_KEY.matcher(key).matches()
                        ? "the local broker is plaintext; TLS/SASL is not rehearsed" : "no schema registry; see debezium.format") + ")");
                continue;
            }
            String filled = localValue(key, value, dbPort);
            filled = fill(key, filled, bootstrapServers, dbPassword);
            if (!filled.equals(value)) {
                changes.add(key + ": " + value + " -> " + (filled.contains(dbPassword) ? "(the throwaway database's password)" : filled)
                        + reason(key));
            }
            local.put(key, filled);
        }
        return map(local, changes);
    }

    private static String localValue(String key, String value, int dbPort) {
        if (key.endsWith(".hostname") && value.endsWith(".invalid")) return "127.0.0.1";
        if (key.equals("debezium.source.database.port")) return String.valueOf(dbPort);
        if (key.endsWith(".sslmode")) return "disable";
        if (key.endsWith("replication.factor") && value.matches("\\d+") && Integer.parseInt(value) > 1) return "1";
        // Confluent's and Apicurio's Avro converters are not on Maven Central: JSON bytes, the same envelope and key.
        if (key.matches("debezium\\.format\\.(key|value)") && value.equals("avro")) return "jsonbytearray";
        return value;
    }

    private static String reason(String key) {
        if (key.endsWith("replication.factor")) return " (one local broker)";
        if (key.endsWith("sslmode")) return " (the throwaway server has no TLS)";
        if (key.startsWith("debezium.format.")) return " (no Avro converter on the class path; JSON with schemas instead)";
        return " (local component)";
    }

    /** Quarkus expressions {@code ${NAME}}: only the broker and the database password have local values. */
    private static String fill(String key, String value, String bootstrapServers, String dbPassword) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String local = switch (m.group(1)) {
                case BOOTSTRAP_VARIABLE -> bootstrapServers;
                case PASSWORD_VARIABLE -> dbPassword;
                default -> throw new RehearsalException("debezium-server/application.properties: " + key + " uses ${" + m.group(1)
                        + "}, which the rehearsal cannot fill with a local value.");
            };
            m.appendReplacement(out, Matcher.quoteReplacement(local));
        }
        return m.appendTail(out).toString();
    }

    private static DebeziumServerProperties map(Map<String, String> server, List<String> changes) {
        String sink = server.getOrDefault("debezium.sink.type", "");
        if (sink.isEmpty()) throw new RehearsalException("debezium-server/application.properties has no debezium.sink.type.");
        Map<String, String> engine = new LinkedHashMap<>();
        copy(server, engine, "debezium.source.", "", true);
        copy(server, engine, "debezium.format.key.", "key.converter.", true);
        copy(server, engine, "debezium.format.value.", "value.converter.", true);
        copy(server, engine, "debezium.format.header.", "header.converter.", true);
        Map<String, String> generic = new LinkedHashMap<>(server);
        generic.keySet().removeIf(k -> k.matches("debezium\\.format\\.(key|value|header)(\\..*)?"));
        for (String converter : List.of("key.converter.", "value.converter.", "header.converter.")) {
            copy(generic, engine, "debezium.format.", converter, false);
        }
        copy(server, engine, "debezium.sink." + sink + ".", "schema.history.internal." + sink + ".", false);
        copy(server, engine, "debezium.sink." + sink + ".", "offset.storage." + sink + ".", false);
        if (server.containsKey("debezium.transforms")) {
            engine.put("transforms", server.get("debezium.transforms"));
            copy(server, engine, "debezium.transforms.", "transforms.", true);
        }
        if (server.containsKey("debezium.predicates")) {
            engine.put("predicates", server.get("debezium.predicates"));
            copy(server, engine, "debezium.predicates.", "predicates.", true);
        }
        engine.put("name", sink);
        Map<String, String> producer = new LinkedHashMap<>();
        copy(server, producer, "debezium.sink.kafka.producer.", "", true);
        return new DebeziumServerProperties(engine, producer, server.getOrDefault("debezium.format.key", "json"),
                server.getOrDefault("debezium.format.value", "json"), changes);
    }

    private static void copy(Map<String, String> from, Map<String, String> to, String prefix, String newPrefix, boolean overwrite) {
        from.forEach((key, value) -> {
            if (!key.startsWith(prefix)) return;
            String name = newPrefix + key.substring(prefix.length());
            if (overwrite || !to.containsKey(name)) to.put(name, value);
        });
    }
}
