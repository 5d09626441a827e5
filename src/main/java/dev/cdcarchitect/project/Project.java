package dev.cdcarchitect.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** A {@code .cdcarch.json} file: several named designs with the format and app version that wrote them. */
public record Project(int formatVersion, String appVersion, Instant created, Instant modified, List<ProjectDesign> designs, ObjectNode extra) {

    public Project {
        designs = List.copyOf(designs);
    }

    public ProjectDesign design(String name) {
        return designs.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
    }
}
