package dev.cdcarchitect.impact;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SourceEngine;
import java.util.Arrays;
import java.util.List;

/**
 * One change applied to one design: the names every finding uses.
 *
 * @param topic          the data topic of the changed table, named as the connector names it
 * @param qualifiedTable the table as SQL statements name it (schema or database, then table)
 * @param keyColumns     the primary key before the change
 */
record ImpactContext(SchemaChange change, DesignResult.Generated design, DesignSettings settings, String topic,
                     String qualifiedTable, List<String> keyColumns) {

    static ImpactContext of(SchemaChange change, DesignResult.Generated design) {
        DesignSettings settings = new DesignSettings(design);
        String prefix = settings.source("topic.prefix").orElse(design.input().source().engine().slug());
        String namespace = settings.topicNamespace().orElse(prefix);
        List<String> ns = Arrays.asList(namespace.split("\\."));
        List<String> named = Arrays.asList(change.table().split("\\."));
        // a qualified name replaces the namespace's last segments ("sales.orders" in MySQL replaces the database)
        int keep = Math.max(1, ns.size() - (named.size() - 1));
        String topic = String.join(".", ns.subList(0, keep)) + "." + change.table();
        String qualified = named.size() > 1 || ns.size() < 2 ? change.table() : ns.get(ns.size() - 1) + "." + change.table();
        return new ImpactContext(change, design, settings, topic, qualified, List.of("id"));
    }

    SourceEngine engine() { return design.input().source().engine(); }

    /** The same design under another change (the runbook asks what each step of an expand and contract needs). */
    ImpactContext with(SchemaChange other) {
        return new ImpactContext(other, design, settings, topic, qualifiedTable, keyColumns);
    }

    ChangeKind kind() { return change.kind(); }

    /** The table's name without its schema, for statements that take the two apart. */
    String tableName() {
        String t = change.table();
        return t.contains(".") ? t.substring(t.lastIndexOf('.') + 1) : t;
    }

    /** The table's schema (or database), for statements that take the two apart. */
    String schemaName() {
        return qualifiedTable.contains(".") ? qualifiedTable.substring(0, qualifiedTable.lastIndexOf('.')) : "";
    }

    boolean noKafka() { return design.input().requirements().noKafka(); }
}
