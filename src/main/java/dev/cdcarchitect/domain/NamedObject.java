package dev.cdcarchitect.domain;

import java.util.Set;

/**
 * A database, schema, table or column the user named, with what they said about it.
 *
 * @param name       as written, e.g. "orders" or "sales.orders" or "customers.ssn" for a column
 * @param writeShare the share of all writes it takes (0..1), or null when not stated
 * @param sizeBytes  its stated size, or null when not stated
 * @param span       where it was named first
 */
public record NamedObject(ObjectKind kind, String name, Set<ObjectRole> roles, Double writeShare, Long sizeBytes,
                          TextSpan span) {

    public NamedObject {
        roles = EnumSets.copyOf(ObjectRole.class, roles);
    }

    public boolean has(ObjectRole role) { return roles.contains(role); }

    /** For a column "customers.ssn": "customers"; for a bare column name: empty. */
    public String columnTable() {
        int dot = name.lastIndexOf('.');
        return kind == ObjectKind.COLUMN && dot > 0 ? name.substring(0, dot) : "";
    }

    /** For a column "customers.ssn": "ssn"; otherwise the name. */
    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot >= 0 ? name.substring(dot + 1) : name;
    }
}
