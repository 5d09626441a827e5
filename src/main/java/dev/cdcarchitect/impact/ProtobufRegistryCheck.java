package dev.cdcarchitect.impact;

import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import io.apicurio.registry.content.TypedContent;
import io.apicurio.registry.protobuf.ProtobufDifference;
import io.apicurio.registry.protobuf.rules.compatibility.ProtobufCompatibilityChecker;
import io.apicurio.registry.protobuf.rules.compatibility.protobuf.ProtobufCompatibilityCheckerLibrary;
import io.apicurio.registry.rules.compatibility.CompatibilityLevel;
import io.apicurio.registry.utils.protobuf.schema.ProtobufFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a registry accepts a new Protobuf schema version under a compatibility level, decided by Apicurio
 * Registry's own Protobuf compatibility checker (its rules follow protolock: no field number or type or name
 * changed, no field removed without reserving its number and name), never by a table.
 *
 * <p>Each direction is the library's own check: backward compares the earlier file with the new one, forward the new
 * with the earlier, exactly as Apicurio's BACKWARD and FORWARD rules do. A level's verdict needs the directions it
 * names; for FULL that is both, as Confluent's and Apicurio's documentation define it. Apicurio 3.1.7's FULL rule
 * accepts when either direction holds; where that decides otherwise the reasons say so.
 */
public final class ProtobufRegistryCheck {

    /** What decides Protobuf designs, as the report names it. */
    public static final String CHECKER = "Apicurio Registry 3.1.7 Protobuf compatibility checker";

    private static final String PROTOBUF = "application/x-protobuf";

    private ProtobufRegistryCheck() {}

    /** @param before the registered version's .proto text; @param after the new version's */
    public static RegistryCheck.Verdict check(String before, String after, CompatibilityMode mode) {
        ProtobufFile earlier = parse(before);
        ProtobufFile next = parse(after);
        List<String> reasons = new ArrayList<>();
        boolean backward = compatible(earlier, next, "new reader, earlier data", reasons, mode.checksBackward());
        boolean forward = compatible(next, earlier, "earlier reader, new data", reasons, mode.checksForward());
        boolean accepted = (!mode.checksBackward() || backward) && (!mode.checksForward() || forward);
        if (!accepted && apicurioAccepts(before, after, mode)) {
            reasons.add("Apicurio Registry 3.1.7 itself accepts it under " + mode + " (its rule needs only one of the two "
                    + "directions), though FULL as both registries document it needs both");
        }
        return new RegistryCheck.Verdict(mode, accepted, backward, forward, reasons, CHECKER);
    }

    /**
     * The converter never writes {@code reserved} statements, and Apicurio reads them with Guava, which the application
     * leaves out (docs/decisions/0020): a text holding one is refused here rather than failing inside the library.
     */
    private static ProtobufFile parse(String text) {
        ProtoFileElement file = ProtobufFile.toProtoFileElement(text);
        if (holdsReserved(file.getTypes())) {
            throw new IllegalArgumentException("This Protobuf check takes the schemas Debezium's converter writes, which never hold "
                    + "reserved statements; this one does.");
        }
        return new ProtobufFile(file);
    }

    private static boolean holdsReserved(List<TypeElement> types) {
        for (TypeElement t : types) {
            if (t instanceof MessageElement m && !m.getReserveds().isEmpty()) return true;
            if (holdsReserved(t.getNestedTypes())) return true;
        }
        return false;
    }

    private static boolean compatible(ProtobufFile older, ProtobufFile newer, String direction, List<String> reasons, boolean report) {
        List<ProtobufDifference> differences = new ProtobufCompatibilityCheckerLibrary(older, newer).findDifferences();
        if (report) differences.forEach(d -> reasons.add(direction + ": " + d.getMessage()));
        return differences.isEmpty();
    }

    /** The verdict of Apicurio's own rule for the level, as its registry would give it. */
    private static boolean apicurioAccepts(String before, String after, CompatibilityMode mode) {
        return new ProtobufCompatibilityChecker().testCompatibility(CompatibilityLevel.valueOf(mode.name()),
                List.of(TypedContent.create(before, PROTOBUF)), TypedContent.create(after, PROTOBUF), Map.of()).isCompatible();
    }
}
