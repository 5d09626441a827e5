package dev.cdcarchitect.impact;

import static dev.cdcarchitect.impact.Finding.Severity.ABSORBED;
import static dev.cdcarchitect.impact.Finding.Severity.BREAKS;
import static dev.cdcarchitect.impact.Finding.Severity.NEEDS_A_STEP;

import dev.cdcarchitect.domain.SchemaFormat;
import java.util.List;

/** Which readers of the topic the change breaks, and why: the consumer applications the design names and any other. */
final class ConsumerImpact {

    private ConsumerImpact() {}

    static List<Finding> of(ImpactContext ctx) {
        int apps = ctx.design().input().requirements().consumerApplications();
        String who = apps > 0 ? "the " + apps + " consumer application" + (apps == 1 ? "" : "s") + " of " + ctx.topic()
                : "any consumer of " + ctx.topic();
        if (ctx.kind().altersColumns() && ctx.design().input().requirements().schemaFormat() == SchemaFormat.PROTOBUF) {
            return List.of(ProtobufConsumerImpact.of(ctx, who));
        }
        SchemaChange c = ctx.change();
        Finding f = switch (ctx.kind()) {
            case ADD_NULLABLE_COLUMN, ADD_NOT_NULL_COLUMN_WITH_DEFAULT -> finding(who, ABSORBED, "Readers that resolve to their own "
                    + "schema ignore the new field " + c.column() + "; generic readers see it at once.", "", Docs.AVRO_RESOLUTION);
            case DROP_COLUMN -> finding(who, c.notNull() ? BREAKS : NEEDS_A_STEP, "Readers that still expect " + c.column()
                    + (c.notNull() ? " as a required field cannot resolve new events (the field has no default)." : " get its default, null, "
                    + "from now on: code that treats null as a value misreads rows."), "Move every reader off " + c.column()
                    + " before the drop.", Docs.AVRO_RESOLUTION);
            case RENAME_COLUMN -> finding(who, BREAKS, "Fields are matched by name: readers of " + c.column() + " get null (or fail if "
                    + "it is required) for every event after the rename, while " + c.newName() + " is new to them.", "Expand and "
                    + "contract: both columns exist while readers move to " + c.newName() + ".", Docs.AVRO_RESOLUTION);
            case WIDEN_TYPE -> finding(who, NEEDS_A_STEP, "Readers compiled against " + c.from() + " cannot read " + c.to() + " values "
                    + "(Avro promotes int to long only for the reader that has long).", "Update readers to " + c.to() + " before the "
                    + "source change.", Docs.AVRO_RESOLUTION);
            case NARROW_TYPE -> finding(who, ABSORBED, "Readers with the wider " + c.from() + " read the narrower values.", "",
                    Docs.AVRO_RESOLUTION);
            case CHANGE_PRECISION -> finding(who, c.from().scale() != c.to().scale() ? BREAKS : ABSORBED, c.from().scale()
                    != c.to().scale() ? "Readers that decode with the old scale read every new value of " + c.column() + " wrongly."
                    : "The scale is unchanged, so every reader decodes the same numbers.", c.from().scale() != c.to().scale()
                    ? "Update every reader to the new schema before the change." : "", Docs.DECIMAL_PRECISE);
            case CHANGE_PRIMARY_KEY -> finding(who, BREAKS, "The key decides the partition (a hash of the key): rows move to other "
                    + "partitions, so the per-key order across the switch is lost, and state keyed on the old key is orphaned.",
                    "A new topic version, read from the start by each consumer after the cutover.", Docs.KAFKA_KEY_PARTITIONING, Docs.MYSQL_KEYS);
            case ADD_TABLE -> finding(who, ABSORBED, "A new topic " + ctx.topic() + "; consumers that subscribe by pattern pick it up "
                    + "on their next metadata refresh.", "", Docs.KAFKA_KEY_PARTITIONING);
            case DROP_TABLE -> finding(who, NEEDS_A_STEP, "No delete events are written for the dropped rows: consumers keep them.",
                    "Tell consumers the table is gone, so they purge its rows themselves.", Docs.PG_NO_DDL);
            case ATTACH_PARTITION -> ctx.settings().source("publish.via.partition.root").map(Boolean::parseBoolean).orElse(false)
                    ? finding(who, ABSORBED, "The partition is published through its root: consumers see its rows as rows of "
                            + ctx.qualifiedTable() + ".", "", Docs.PG_PARTITION_ROOT)
                    : finding(who, BREAKS, "The partition's rows go to a topic of their own, which no consumer of " + ctx.topic()
                            + " reads, until the source connector publishes through the root (its fix).", "", Docs.PG_PARTITION_ROOT);
        };
        return List.of(f);
    }

    private static Finding finding(String who, Finding.Severity severity, String statement, String fix, dev.cdcarchitect.domain.Reference... refs) {
        return new Finding(Finding.Stage.CONSUMERS, who, severity, statement, fix, List.of(refs));
    }
}
