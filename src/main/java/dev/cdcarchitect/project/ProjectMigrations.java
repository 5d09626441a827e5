package dev.cdcarchitect.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Brings older project files up to the current format, one version at a time. */
final class ProjectMigrations {

    private ProjectMigrations() {}

    static void migrate(ObjectNode root, int from) {
        if (from < 2) fromVersion1(root);
        root.put("formatVersion", ProjectFiles.FORMAT_VERSION);
    }

    /** Format 1 called the texts "source" and "target" and had a single "whatIf" object per design. */
    private static void fromVersion1(ObjectNode root) {
        for (JsonNode d : root.get("designs")) {
            if (!(d instanceof ObjectNode design)) continue;
            rename(design, "source", "sourceText");
            rename(design, "target", "targetText");
            if (design.get("whatIf") instanceof ObjectNode whatIf) {
                if (whatIf.has("rate")) design.set("rateFactor", whatIf.get("rate"));
                if (whatIf.has("growth")) design.set("growthFactor", whatIf.get("growth"));
                if (whatIf.has("partitions")) design.set("partitionOverride", whatIf.get("partitions"));
                design.remove("whatIf");
            }
        }
    }

    private static void rename(ObjectNode node, String from, String to) {
        if (node.has(from) && !node.has(to)) node.set(to, node.remove(from));
    }
}
