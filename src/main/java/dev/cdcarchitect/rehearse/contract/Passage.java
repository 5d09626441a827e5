package dev.cdcarchitect.rehearse.contract;

import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One record's way from the topic to the sink: as decoded by the sink's converters ({@code input}), and after the
 * SMT chain ({@code output}), or where it stopped: dropped by a transform, or an error of a converter or transform.
 */
public record Passage(String topic, int partition, long offset, SinkRecord input, SinkRecord output, String droppedBy, String error) {

    public boolean delivered() {
        return output != null;
    }

    public boolean failed() {
        return error != null;
    }

    /** A delete's tombstone as it left the source (null value on the topic). */
    public boolean tombstoneOnTopic() {
        return input != null && input.value() == null;
    }

    /** Where the record was on the topic, with its key, for a failure's "first failing record". */
    public String describe() {
        return "topic " + topic + " partition " + partition + " offset " + offset + " key " + keyText(input == null ? null : input.key());
    }

    static String keyText(Object key) {
        if (key instanceof Struct s) {
            return "{" + s.schema().fields().stream().map(f -> f.name() + "=" + s.get(f)).collect(Collectors.joining(", ")) + "}";
        }
        return String.valueOf(key);
    }
}
