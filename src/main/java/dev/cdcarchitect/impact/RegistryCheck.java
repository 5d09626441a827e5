package dev.cdcarchitect.impact;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Whether a registry accepts a new schema version under a compatibility level, decided by Apache Avro's own
 * {@link SchemaCompatibility} (the reader/writer resolution rules of the Avro specification), never by a table.
 */
public final class RegistryCheck {

    /** What decides Avro designs, as the report names it. */
    public static final String CHECKER = "Avro SchemaCompatibility";

    /**
     * The decision and, when refused, the checker's own reasons (for Avro: message and location in the schema).
     *
     * @param checker the library that decided, as the report names it
     */
    public record Verdict(CompatibilityMode mode, boolean accepted, boolean backwardCompatible, boolean forwardCompatible,
                          List<String> reasons, String checker) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }
    }

    private RegistryCheck() {}

    public static Verdict check(Schema before, Schema after, CompatibilityMode mode) {
        List<String> reasons = new ArrayList<>();
        // backward: the new schema reads what the earlier one wrote
        boolean backward = compatible(after, before, "new reader, earlier data", reasons, mode.checksBackward());
        // forward: the earlier schema reads what the new one writes
        boolean forward = compatible(before, after, "earlier reader, new data", reasons, mode.checksForward());
        boolean accepted = (!mode.checksBackward() || backward) && (!mode.checksForward() || forward);
        return new Verdict(mode, accepted, backward, forward, reasons, CHECKER);
    }

    private static boolean compatible(Schema reader, Schema writer, String direction, List<String> reasons, boolean report) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
        if (result.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) return true;
        if (report) {
            // Inside the envelope's optional row, Avro only says the union lacks a branch; the row itself says why.
            Schema readerRow = row(reader);
            Schema writerRow = row(writer);
            var why = readerRow != null && writerRow != null
                    ? SchemaCompatibility.checkReaderWriterCompatibility(readerRow, writerRow).getResult() : result;
            if (why.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) why = result;
            String where = why == result ? "" : writerRow.getName() + " ";
            for (Incompatibility i : why.getIncompatibilities()) {
                reasons.add(direction + ": " + i.getType() + " at " + where + i.getLocation() + " (" + i.getMessage() + ")");
            }
        }
        return false;
    }

    /** The row record inside a change-event envelope (the non-null branch of its "after" field), or null. */
    private static Schema row(Schema envelope) {
        if (envelope.getType() != Schema.Type.RECORD || envelope.getField("after") == null) return null;
        Schema after = envelope.getField("after").schema();
        if (after.getType() != Schema.Type.UNION) return null;
        return after.getTypes().stream().filter(t -> t.getType() == Schema.Type.RECORD).findFirst().orElse(null);
    }
}
