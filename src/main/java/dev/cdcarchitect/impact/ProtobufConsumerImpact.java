package dev.cdcarchitect.impact;

import static dev.cdcarchitect.impact.Finding.Severity.ABSORBED;
import static dev.cdcarchitect.impact.Finding.Severity.BREAKS;
import static dev.cdcarchitect.impact.Finding.Severity.NEEDS_A_STEP;

import java.util.List;
import java.util.Set;

/**
 * What a column change does to readers of Protobuf events: they match fields by number, not by name, skip unknown
 * fields, read a missing field as its proto3 default, and parse int32/int64/bool values into one another as a cast
 * would (the Protobuf language guide's rules for updating a message type). Avro readers follow other rules
 * ({@link ConsumerImpact}).
 */
final class ProtobufConsumerImpact {

    /** Varint types the language guide calls compatible: a value of one parses as the other, truncated if need be. */
    private static final Set<String> VARINTS = Set.of("int32", "int64", "bool");

    private ProtobufConsumerImpact() {}

    /** @param who the readers, as the report names them */
    static Finding of(ImpactContext ctx, String who) {
        SchemaChange c = ctx.change();
        return switch (ctx.kind()) {
            case ADD_NULLABLE_COLUMN, ADD_NOT_NULL_COLUMN_WITH_DEFAULT -> finding(who, ABSORBED, "Readers built from the earlier schema "
                    + "skip the unknown field " + c.column() + "; readers built from the new one see it.", "");
            case DROP_COLUMN -> finding(who, NEEDS_A_STEP, "Readers that still use " + c.column() + " read its proto3 default (0, "
                    + "an empty string or false) from every new event, which looks like a real value: the converter writes plain "
                    + "proto3 fields, which carry no null.", "Move every reader off " + c.column() + " before the drop.");
            case RENAME_COLUMN -> finding(who, NEEDS_A_STEP, "Events carry field numbers, not names, and the column keeps its place: "
                    + "readers built from the earlier schema read " + c.newName() + "'s values as " + c.column() + ", while code and "
                    + "JSON views that address the field by name break.", "Move readers that use the name to " + c.newName() + ".");
            case WIDEN_TYPE, NARROW_TYPE -> typeChange(who, c);
            case CHANGE_PRECISION -> finding(who, ABSORBED, "Each confluent.type.Decimal value carries its own precision and scale, "
                    + "so readers decode every value of " + c.column() + " right; code that sizes columns from the declared precision "
                    + "and scale follows the Schema registry finding.", "");
            default -> throw new IllegalArgumentException("not a column change: " + ctx.kind());
        };
    }

    private static Finding typeChange(String who, SchemaChange c) {
        String reader = EventProtos.protoType(c.from());
        String writer = EventProtos.protoType(c.to());
        if (reader.equals(writer)) {
            return finding(who, ABSORBED, "Both types are " + reader + " in the events, so readers are not affected.", "");
        }
        String update = "Update readers to " + c.to() + " before the source change.";
        if (VARINTS.contains(reader) && VARINTS.contains(writer)) {
            boolean fits = reader.equals("int64") && writer.equals("int32");
            return fits ? finding(who, ABSORBED, "Readers with int64 read the int32 values unchanged.", "")
                    : finding(who, NEEDS_A_STEP, "Readers built with " + reader + " parse the " + writer + " values as a cast would: "
                    + "values beyond " + reader + " arrive truncated, without an error.", update);
        }
        return finding(who, BREAKS, reader + " and " + writer + " are encoded differently: readers built from the earlier schema "
                + "misread the field or fail to parse the event.", update);
    }

    private static Finding finding(String who, Finding.Severity severity, String statement, String fix) {
        return new Finding(Finding.Stage.CONSUMERS, who, severity, statement, fix, List.of(Docs.PROTOBUF_UPDATING, Docs.CONFLUENT_PROTOBUF_DATA));
    }
}
