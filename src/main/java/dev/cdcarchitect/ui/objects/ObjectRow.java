package dev.cdcarchitect.ui.objects;

import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the named-objects table as shown: what the intake read about the object and which toggles can be
 * written back (a role stated in the user's own words is not rewritten; only a sentence we added is removed).
 *
 * @param toggle      what the row's checkbox means: SENSITIVE for columns, EXCLUDED otherwise
 * @param checked     the object has that role now
 * @param toggleable  the checkbox can write the change back to the text
 * @param lockReason  why it cannot, for its tooltip; empty when it can
 */
public record ObjectRow(NamedObject object, ObjectRole toggle, boolean checked, boolean toggleable, String lockReason) {

    public String kind() {
        return object.kind().displayName();
    }

    public String name() {
        return object.name();
    }

    public String roles() {
        List<String> names = new ArrayList<>();
        for (ObjectRole role : object.roles()) names.add(role.displayName());
        return String.join(", ", names);
    }

    /** Roles, then share and size: "hot, 70% of writes · 1.2 TB". */
    public String details() {
        String roles = roles();
        String share = share();
        return roles.isEmpty() || share.isEmpty() ? roles + share : roles + ", " + share;
    }

    /** "70% of writes · 1.2 TB", or empty. */
    public String share() {
        List<String> parts = new ArrayList<>();
        if (object.writeShare() != null) parts.add(Units.decimal(object.writeShare() * 100) + "% of writes");
        if (object.sizeBytes() != null) parts.add(Units.bytes(object.sizeBytes()));
        return String.join(" · ", parts);
    }
}
