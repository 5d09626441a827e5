package dev.cdcarchitect.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads one design's inputs from a file: the JSON that {@code design --format json} writes, or a project file,
 * where {@code FILE#name} picks the design (a project with one design needs no name).
 */
public final class DesignFileReader {

    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    public ProjectDesign read(String reference) throws ProjectFileException {
        int hash = reference.lastIndexOf('#');
        Path file = Path.of(hash > 0 ? reference.substring(0, hash) : reference);
        String name = hash > 0 ? reference.substring(hash + 1) : null;
        byte[] bytes;
        try {
            if (Files.size(file) > ProjectFiles.MAX_BYTES) throw new ProjectFileException(file + " is larger than 20 MB.");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProjectFileException("cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").", e);
        }
        JsonNode root;
        try {
            root = SingleJsonDocument.read(json, bytes);
        } catch (SingleJsonDocument.TrailingContent e) {
            throw new ProjectFileException(file + " has text after the end of the JSON at " + e.where() + "; remove it and try again.");
        } catch (IOException e) {
            throw new ProjectFileException(file + " is neither a design file nor a project: not valid JSON.");
        }
        if (root != null && root.has("formatVersion")) return fromProject(bytes, file, name);
        if (root != null && root.path("input").has("sourceText") && root.path("input").has("targetText")) {
            String fileName = file.getFileName().toString().replaceFirst("\\.json$", "");
            return ProjectDesign.of(name != null ? name : fileName, root.path("input").path("sourceText").asText(),
                    root.path("input").path("targetText").asText());
        }
        throw new ProjectFileException(file + " is neither a design file (design --format json) nor a project (.cdcarch.json).");
    }

    private static ProjectDesign fromProject(byte[] bytes, Path file, String name) throws ProjectFileException {
        Project project = new ProjectFiles().parse(bytes, file.toString()).project();
        if (name == null) {
            if (project.designs().size() == 1) return project.designs().get(0);
            throw new ProjectFileException(file + " holds " + project.designs().size() + " designs; pick one with " + file.getFileName()
                    + "#NAME (" + names(project) + ").");
        }
        ProjectDesign design = project.design(name);
        if (design == null) throw new ProjectFileException(file + " has no design named '" + name + "' (it has: " + names(project) + ").");
        return design;
    }

    private static String names(Project project) {
        return project.designs().stream().map(ProjectDesign::name).collect(Collectors.joining(", "));
    }
}
