package dev.cdcarchitect.domain;

import java.util.Set;

/**
 * What the user said about DDL on the source: which kinds happen and how often.
 *
 * @param frequency as stated ("weekly", "every sprint", "several times a day"), or null
 */
public record SchemaChanges(Set<DdlKind> kinds, String frequency) {

    public static final SchemaChanges NONE = new SchemaChanges(Set.of(), null);

    public SchemaChanges {
        kinds = EnumSets.copyOf(DdlKind.class, kinds);
    }

    public boolean has(DdlKind kind) { return kinds.contains(kind); }

    public boolean stated() { return !kinds.isEmpty() || frequency != null; }
}
