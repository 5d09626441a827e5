package dev.cdcarchitect.rules.engine;

import static dev.cdcarchitect.domain.SpecSection.ENGINE;

import dev.cdcarchitect.domain.Compliance;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.PipelineNames;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Personal data: minimise at the source, and make erasure flow through every hop. */
public final class ComplianceRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("compliance.personal-data", ENGINE,
                    ctx -> ctx.requirements().hasPersonalData() || SensitiveColumns.named(ctx), ComplianceRules::personalData));

    private ComplianceRules() {}

    private static Decision personalData(RuleContext ctx) {
        if (SensitiveColumns.named(ctx)) return SensitiveColumns.decide(ctx, personalDataBase(ctx, SensitiveColumns.lead(ctx)));
        String customers = PipelineNames.exampleTable(ctx.engine(), "customers");
        DecisionBuilder d = personalDataBase(ctx, "Exclude columns no sink needs and hash quasi-identifiers in the connector")
                .source(excludeKey(ctx), customers + ".national_id," + customers + ".card_number");
        if (ctx.engine() != SourceEngine.MONGODB && ctx.engine() != SourceEngine.CASSANDRA) {
            d.source("column.mask.hash.SHA-256.with.salt.<salt>", customers + ".email," + customers + ".phone")
                    .warn("Debezium takes the salt from the property name, so it cannot come from a "
                            + (ctx.noKafka() ? "secret expression" : "config provider") + ": generate it once, and treat the connector "
                            + "config as sensitive.");
        }
        return d.build();
    }

    /** MongoDB and Cassandra drop document fields; the relational connectors drop columns. */
    static String excludeKey(RuleContext ctx) {
        return ctx.engine() == SourceEngine.MONGODB || ctx.engine() == SourceEngine.CASSANDRA ? "field.exclude.list" : "column.exclude.list";
    }

    /** The design's own targets that keep old versions (time travel), so the warning names no target it does not have. */
    private static String history(RuleContext ctx) {
        Set<TargetKind> timeTravel = EnumSet.of(TargetKind.SNOWFLAKE, TargetKind.BIGQUERY, TargetKind.ICEBERG, TargetKind.DELTA_LAKE,
                TargetKind.DATABRICKS);
        List<String> names = ctx.targets().stream().filter(t -> timeTravel.contains(t.kind())).map(t -> t.label()).toList();
        return names.isEmpty() ? "target history" : "target time travel (" + String.join(", ", names) + ")";
    }

    private static DecisionBuilder personalDataBase(RuleContext ctx, String lead) {
        boolean gdpr = ctx.requirements().compliance().contains(Compliance.GDPR);
        // Without Kafka the same advice speaks of the native destination and its retention.
        boolean kafka = !ctx.noKafka();
        String transport = kafka ? "Kafka" : ctx.destination().label();
        DecisionBuilder d = ctx.decision("compliance.personal-data", "Minimise personal data at the source connector")
                .statement(lead + ", before data reaches " + transport
                        + (gdpr ? "; propagate erasure as source DELETEs: sinks hard-delete by key, " + (kafka ? "data topics expire" : "the destination expires")
                        + " the old events after " + (kafka ? "their " : "its ") + ctx.requirements().retentionDays()
                        + "-day retention (keep it inside the erasure deadline), and lake "
                        + "snapshots/time travel are expired within it too." : "."))
                .because("What never enters " + transport + " needs no retention policy, access control or erasure; " + transport
                        + " retention (" + ctx.requirements().retentionDays() + " days here) and sink history otherwise keep personal data longer "
                        + "than the source does.")
                .ref(ctx.knowledge().reference())
                .warn("Hashing with a salt is pseudonymisation, not anonymisation: hashed values remain personal data under GDPR.")
                .warnIf(gdpr, kafka ? "Erasure must reach copies outside the pipeline too: Kafka topics with long retention, DLQ topics, "
                        + history(ctx) + " and backups. Set DLQ retention no longer than the erasure deadline."
                        : "Erasure must reach copies outside the pipeline too: events retained in " + transport + ", dead-letter "
                        + "destinations, " + history(ctx) + " and backups. Keep their retention inside the erasure deadline.");
        return kafka ? d.ref(Refs.KAFKA_TOPIC_CONFIGS) : d.ref(Refs.DBZ_SERVER);
    }
}
