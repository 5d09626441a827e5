package dev.cdcarchitect.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable enum sets that iterate in declaration order, so output never depends on hashing. */
final class EnumSets {

    private EnumSets() {}

    static <E extends Enum<E>> Set<E> copyOf(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }
}
