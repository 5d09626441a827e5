package dev.cdcarchitect.rehearse.contract;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/** Small questions contracts ask of a delivered record's value. */
final class RecordShapes {

    private RecordShapes() {}

    /** A row-shaped value: a Struct, or a Map from schemaless JSON. */
    static boolean rowShaped(Object value) {
        return value instanceof Struct || value instanceof Map<?, ?>;
    }

    /** A Debezium change-event envelope that no transform flattened (before/after/source/op fields). */
    static boolean envelope(Object value) {
        return value instanceof Struct s && s.schema().field("after") != null && s.schema().field("op") != null
                && s.schema().field("source") != null;
    }

    /** The value's top-level field with that name, or null. */
    static Object field(Object value, String name) {
        if (value instanceof Struct s) return s.schema().field(name) == null ? null : s.get(name);
        if (value instanceof Map<?, ?> m) return m.get(name);
        return null;
    }

    /** Fields of a Struct that are themselves structs (the JDBC sink takes flat rows only). */
    static Set<String> nestedStructFields(Struct s) {
        Set<String> out = new LinkedHashSet<>();
        s.schema().fields().forEach(f -> {
            if (f.schema().type() == Schema.Type.STRUCT) out.add(f.name());
        });
        return out;
    }
}
