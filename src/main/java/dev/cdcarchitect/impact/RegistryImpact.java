package dev.cdcarchitect.impact;

import static dev.cdcarchitect.impact.Finding.Severity.ABSORBED;
import static dev.cdcarchitect.impact.Finding.Severity.BREAKS;
import static dev.cdcarchitect.impact.Finding.Severity.NEEDS_A_STEP;

import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.domain.SourceEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the registry takes the schemas the connector writes after the change: computed on the key and the value
 * subjects under the levels this design sets, with Avro's own compatibility check for Avro designs and Apicurio
 * Registry's Protobuf checker for Protobuf designs (docs/decisions/0020).
 */
final class RegistryImpact {

    /** What the registry check decided, for the report's schema panel. */
    record Result(ImpactReport.Schemas schemas, RegistryCheck.Verdict value, RegistryCheck.Verdict key, List<Finding> findings) {}

    private RegistryImpact() {}

    static Result of(ImpactContext ctx) {
        List<Finding> findings = new ArrayList<>();
        String component = "schema registry";
        if (ctx.noKafka() || ctx.settings().compatibility(false).isEmpty()) {
            findings.add(new Finding(Finding.Stage.REGISTRY, component, ABSORBED, "This design writes JSON without a registry: nothing "
                    + "checks the new shape when it is written, so consumers must tolerate it (see Consumers).", "", List.of(Docs.REGISTRY_COMPATIBILITY)));
            return new Result(null, null, null, findings);
        }
        if (ctx.engine() == SourceEngine.MONGODB) {
            findings.add(new Finding(Finding.Stage.REGISTRY, component, ABSORBED, "The value's after field is one JSON string "
                    + "(io.debezium.data.Json) whatever the documents hold, so the value subject gets no new version.", "",
                    List.of(Docs.MONGO_VALUE)));
            return new Result(null, null, null, findings);
        }
        String namespace = ctx.topic().substring(0, ctx.topic().lastIndexOf('.'));
        boolean protobuf = ctx.design().input().requirements().schemaFormat() == SchemaFormat.PROTOBUF;
        SchemaChange change = tableOnly(ctx);
        EventSchemas.Pair avro = protobuf ? null : EventSchemas.of(change, namespace, ctx.keyColumns());
        EventProtos.Pair proto = protobuf ? EventProtos.of(change, namespace, ctx.keyColumns()) : null;
        ImpactReport.Schemas schemas = protobuf
                ? new ImpactReport.Schemas("proto", proto.valueBefore(), proto.valueAfter(), proto.keyBefore(), proto.keyAfter())
                : new ImpactReport.Schemas("json", avro.valueBefore().toString(true), avro.valueAfter().toString(true),
                        avro.keyBefore().toString(true), avro.keyAfter().toString(true));
        if (!ctx.kind().altersColumns() && ctx.kind() != ChangeKind.CHANGE_PRIMARY_KEY) {
            String what = switch (ctx.kind()) {
                case ADD_TABLE -> "The new table's topic gets new subjects " + ctx.topic() + "-key and " + ctx.topic() + "-value; their first "
                        + "versions are checked against nothing.";
                case DROP_TABLE -> "Subjects " + ctx.topic() + "-key and " + ctx.topic() + "-value stay registered; nothing new is written.";
                default -> "Partition rows are written with the parent table's schema; no new version.";
            };
            findings.add(new Finding(Finding.Stage.REGISTRY, component, ABSORBED, what, "", List.of(Docs.REGISTRY_COMPATIBILITY)));
            return new Result(schemas, null, null, findings);
        }
        CompatibilityMode valueMode = ctx.settings().compatibility(false).orElseThrow();
        CompatibilityMode keyMode = ctx.settings().compatibility(true).orElse(valueMode);
        RegistryCheck.Verdict value = protobuf ? ProtobufRegistryCheck.check(proto.valueBefore(), proto.valueAfter(), valueMode)
                : RegistryCheck.check(avro.valueBefore(), avro.valueAfter(), valueMode);
        RegistryCheck.Verdict key = protobuf ? ProtobufRegistryCheck.check(proto.keyBefore(), proto.keyAfter(), keyMode)
                : RegistryCheck.check(avro.keyBefore(), avro.keyAfter(), keyMode);
        findings.add(verdictFinding(ctx, ctx.topic() + "-value", value, protobuf));
        if (ctx.kind() == ChangeKind.CHANGE_PRIMARY_KEY) findings.add(verdictFinding(ctx, ctx.topic() + "-key", key, protobuf));
        if (ctx.kind() == ChangeKind.CHANGE_PRECISION && value.accepted()) {
            if (protobuf) protobufDecimal(ctx, findings);
            else decimalBlindSpot(ctx, findings);
        }
        return new Result(schemas, value, key, findings);
    }

    /** The schemas use the table name the topic already carries. */
    private static SchemaChange tableOnly(ImpactContext ctx) {
        SchemaChange c = ctx.change();
        return new SchemaChange(c.kind(), ctx.tableName(), c.column(), c.newName(), c.from(), c.to(), c.defaultValue(), c.keyColumns(), c.notNull());
    }

    private static Finding verdictFinding(ImpactContext ctx, String subject, RegistryCheck.Verdict v, boolean protobuf) {
        String directions = "backward " + (v.backwardCompatible() ? "yes" : "no") + ", forward " + (v.forwardCompatible() ? "yes" : "no");
        List<Reference> checker = protobuf ? List.of(Docs.APICURIO_PROTOBUF, Docs.CONFLUENT_PROTOBUF_DATA) : List.of(Docs.AVRO_COMPATIBILITY);
        List<Reference> refs = new ArrayList<>(checker);
        if (v.accepted()) {
            refs.add(Docs.REGISTRY_COMPATIBILITY);
            return new Finding(Finding.Stage.REGISTRY, "subject " + subject, ABSORBED, "The registry accepts the new version under "
                    + v.mode() + " (" + v.checker() + ": " + directions + ").", "", refs);
        }
        if (!protobuf) refs.add(Docs.AVRO_RESOLUTION);
        refs.add(Docs.REGISTRY_COMPATIBILITY);
        return new Finding(Finding.Stage.REGISTRY, "subject " + subject, BREAKS, "The registry refuses the new version under " + v.mode()
                + " (" + v.checker() + ": " + directions + "; " + String.join("; ", v.reasons()) + "). The converter "
                + "cannot register it, so " + ctx.settings().sourceConnector() + " fails on the first event of " + ctx.qualifiedTable()
                + " after the change.", refusalFix(ctx, protobuf), refs);
    }

    private static String refusalFix(ImpactContext ctx, boolean protobuf) {
        SchemaChange c = ctx.change();
        String fix = switch (ctx.kind()) {
            case ADD_NOT_NULL_COLUMN_WITH_DEFAULT -> "Give " + c.column() + " a literal default that reaches the schema, or add it as "
                    + "nullable first, fill it, then set NOT NULL with its default.";
            case DROP_COLUMN -> protobuf ? "Keep " + c.column() + " in the table (nullable, no longer filled) until " + ctx.topic()
                    + " moves to a new topic version (" + ctx.topic() + ".v2): the converter never writes the reserved statement "
                    + "that would let the registry accept the removal, and it numbers fields by position, so dropping any column but "
                    + "the last also renumbers the ones after it."
                    : "Needs a new topic version (" + ctx.topic() + ".v2) or a coordinated change of every reader first.";
            case RENAME_COLUMN -> "Expand and contract: add " + c.newName() + " as a nullable column, copy " + c.column() + " into it, "
                    + "move every reader to " + c.newName() + ", then drop " + c.column() + ".";
            case NARROW_TYPE, WIDEN_TYPE -> "Expand and contract with a new column of type " + c.to() + " (nullable), copied from "
                    + c.column() + "; readers move, then the old column is dropped.";
            case CHANGE_PRIMARY_KEY -> "Needs a new topic version: route " + ctx.qualifiedTable() + " to " + ctx.topic() + ".v2 (new "
                    + "subjects), run both until every consumer reads .v2, then retire the old topic.";
            default -> "Needs a new topic version (" + ctx.topic() + ".v2) or a coordinated change of every reader first.";
        };
        boolean contracts = ctx.kind() == ChangeKind.RENAME_COLUMN || ctx.kind() == ChangeKind.NARROW_TYPE || ctx.kind() == ChangeKind.WIDEN_TYPE;
        return protobuf && contracts ? fix + " With Protobuf the last step, dropping the old column, is refused in turn (a field removed "
                + "without reservation): take it with a new topic version (" + ctx.topic() + ".v2)." : fix;
    }

    /**
     * The Protobuf checker compares field types, not options: a Decimal's declared precision and scale live in the
     * field's options, so the registry accepts any change of them. Each value carries its own scale, so none is misread.
     */
    private static void protobufDecimal(ImpactContext ctx, List<Finding> findings) {
        ColumnType from = ctx.change().from();
        ColumnType to = ctx.change().to();
        boolean scaleChanged = from.scale() != to.scale();
        boolean narrower = to.length() < from.length();
        List<Reference> refs = List.of(Docs.CONFLUENT_PROTOBUF_DATA, Docs.DECIMAL_PRECISE);
        if (!scaleChanged && !narrower) {
            findings.add(new Finding(Finding.Stage.REGISTRY, "subject " + ctx.topic() + "-value", ABSORBED, "Only the precision grows ("
                    + from + " to " + to + "): every earlier value keeps its meaning under the new schema.", "", refs));
            return;
        }
        findings.add(new Finding(Finding.Stage.REGISTRY, "subject " + ctx.topic() + "-value", NEEDS_A_STEP, "The Protobuf checker compares "
                + "field types, not the options where the converter declares a decimal's precision and scale, so the registry accepts "
                + from + " to " + to + ". Each confluent.type.Decimal value carries its own precision and scale, so no value is misread, but "
                + (scaleChanged ? "readers and sinks that size the column from the declared scale meet a new one" : "values beyond the new "
                + "precision can no longer be written") + ".",
                "Move every reader that maps the declared precision and scale to the new schema before the change, or expand and contract "
                + "with a new column of type " + to + ".", refs));
    }

    /** Avro's check ignores logical types, so a decimal's scale change passes although the bytes mean another number. */
    private static void decimalBlindSpot(ImpactContext ctx, List<Finding> findings) {
        ColumnType from = ctx.change().from();
        ColumnType to = ctx.change().to();
        boolean scaleChanged = from.scale() != to.scale();
        boolean narrower = to.length() < from.length();
        if (!scaleChanged && !narrower) {
            findings.add(new Finding(Finding.Stage.REGISTRY, "subject " + ctx.topic() + "-value", ABSORBED, "Only the precision grows ("
                    + from + " to " + to + "): every earlier value keeps its meaning under the new schema.", "",
                    List.of(Docs.DECIMAL_PRECISE, Docs.CONFLUENT_AVRO_DATA)));
            return;
        }
        findings.add(new Finding(Finding.Stage.REGISTRY, "subject " + ctx.topic() + "-value", scaleChanged ? BREAKS : NEEDS_A_STEP,
                "Avro's compatibility check does not look at logical types, so the registry accepts " + from + " to " + to + ", but "
                        + (scaleChanged ? "a decimal travels as its unscaled bytes and the scale lives in the schema: a reader that "
                        + "still resolves to the old scale reads every new value off by a factor of 10^" + Math.abs(to.scale() - from.scale())
                        : "values beyond the new precision can no longer be written") + ".",
                "Expand and contract with a new column of type " + to + ", or move every reader to the new schema before the change.",
                List.of(Docs.AVRO_COMPATIBILITY, Docs.DECIMAL_PRECISE, Docs.CONFLUENT_AVRO_DATA)));
    }
}
