package dev.cdcarchitect.rehearse.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.storage.Converter;

/**
 * Turns a topic's bytes into the {@link SinkRecord} the sink's task would see, with the converters the sink uses:
 * its own {@code key.converter}/{@code value.converter} and their {@code .}-prefixed settings, else the worker's.
 * When that converter is not the one that wrote the rehearsal's bytes (the exported worker's Avro converter is not
 * on this machine, so the rehearsal worker writes JSON with schemas), the records are decoded with the writer's
 * converter, which gives the same Connect schema and values, and {@link #substitutions()} says so.
 */
final class SinkConverters {

    /** Kafka Connect's worker settings: https://kafka.apache.org/documentation/#connectconfigs */
    static final String WORKER_DOC = "https://kafka.apache.org/documentation/#connectconfigs";
    static final String REHEARSAL_WRITER = JsonConverter.class.getName();

    private final Converter keys;
    private final Converter values;
    private final List<String> substitutions = new ArrayList<>();

    /**
     * @param writer the converter class and settings ("key." / "value." side) that wrote the records on the topic
     */
    SinkConverters(ExportedSink sink, ConverterChoice writerKey, ConverterChoice writerValue) {
        keys = converter(sink, ConverterChoice.of("key.converter", sink), writerKey, true);
        values = converter(sink, ConverterChoice.of("value.converter", sink), writerValue, false);
    }

    private Converter converter(ExportedSink sink, ConverterChoice chosen, ConverterChoice writer, boolean isKey) {
        ConverterChoice used = chosen;
        if (!chosen.className().equals(writer.className()) && !(chosen.readsAnyBytes() && chosen.loadable())) {
            substitutions.add(chosen.setting() + "=" + chosen.className() + " (" + chosen.from() + ") decoded with "
                    + writer.className() + ", the converter that wrote the rehearsal's records"
                    + (chosen.loadable() ? "" : ": " + chosen.className() + " is not on this machine"));
            used = writer;
        }
        try {
            Converter c = (Converter) Class.forName(used.className()).getDeclaredConstructor().newInstance();
            c.configure(used.settings(), isKey);
            return c;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("the converter " + used.className() + " (" + used.from() + ") cannot be created with its "
                    + "settings: " + e.getMessage(), e);
        }
    }

    SinkRecord decode(ConsumerRecord<byte[], byte[]> r) {
        SchemaAndValue key = keys.toConnectData(r.topic(), r.headers(), r.key());
        SchemaAndValue value = values.toConnectData(r.topic(), r.headers(), r.value());
        return new SinkRecord(r.topic(), r.partition(), key.schema(), key.value(), value.schema(), value.value(), r.offset(),
                r.timestamp(), r.timestampType(), null);
    }

    List<String> substitutions() {
        return List.copyOf(substitutions);
    }

    /** A converter class and its settings as a connector or worker would configure it. */
    record ConverterChoice(String setting, String className, Map<String, String> settings, String from) {

        /** The connector's own converter if it sets one, else the worker's. */
        static ConverterChoice of(String setting, ExportedSink sink) {
            boolean own = sink.config().containsKey(setting);
            Map<String, String> source = own ? sink.config() : sink.worker();
            String className = source.getOrDefault(setting, REHEARSAL_WRITER);
            return new ConverterChoice(setting, className, prefixed(source, setting + "."), own ? sink.file() : "worker.properties");
        }

        /** The rehearsal worker's converter: JSON with schemas (see InProcessConnect). */
        static ConverterChoice rehearsalWriter(String setting) {
            return new ConverterChoice(setting, REHEARSAL_WRITER, Map.of("schemas.enable", "true"), "the rehearsal worker");
        }

        /** StringConverter and ByteArrayConverter take whatever bytes are on the topic. */
        boolean readsAnyBytes() {
            return className.equals("org.apache.kafka.connect.storage.StringConverter")
                    || className.equals("org.apache.kafka.connect.converters.ByteArrayConverter");
        }

        boolean loadable() {
            try {
                return Converter.class.isAssignableFrom(Class.forName(className));
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        private static Map<String, String> prefixed(Map<String, String> settings, String prefix) {
            Map<String, String> out = new LinkedHashMap<>();
            settings.forEach((k, v) -> {
                if (k.startsWith(prefix)) out.put(k.substring(prefix.length()), v);
            });
            return out;
        }
    }
}
