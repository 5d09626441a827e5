package dev.cdcarchitect.rules.sizing;

import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SourceFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The tables the user named as hot: which get a topic of their own, at which share of the changes, and the largest one. */
final class HotTables {

    /** A hot table's share of all row changes; {@code stated} is false for the assumed share of a table named without one. */
    record Share(String table, double share, boolean stated) {}

    private HotTables() {}

    /**
     * Tables with a stated share of the writes, busiest first. A table named hot with no figure at all takes the
     * engine's usual busiest-table assumption under its own name; one named only for its size gets no topic of its own.
     */
    static List<Share> shares(SourceFacts facts, double assumedShare) {
        List<NamedObject> hot = facts.objects(ObjectKind.TABLE, ObjectRole.HOT);
        List<Share> shares = new ArrayList<>();
        double left = 1;
        for (NamedObject table : hot) {
            if (table.writeShare() == null) continue;
            double share = Math.min(Math.max(0, table.writeShare()), left); // stated shares past 100% are capped
            shares.add(new Share(table.name(), share, true));
            left -= share;
        }
        if (shares.isEmpty()) {
            hot.stream().filter(t -> t.sizeBytes() == null).findFirst()
                    .ifPresent(t -> shares.add(new Share(t.name(), assumedShare, false)));
        }
        shares.sort(Comparator.comparingDouble(Share::share).reversed());
        return shares;
    }

    /** The hot table with the largest stated size, if any was given one. */
    static Optional<NamedObject> largest(SourceFacts facts) {
        return facts.objects(ObjectKind.TABLE, ObjectRole.HOT).stream().filter(t -> t.sizeBytes() != null)
                .max(Comparator.comparingLong(NamedObject::sizeBytes));
    }
}
