package dev.cdcarchitect.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdcarchitect.llm.check.InertMarkdown;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes {@code .cdcarch.json}. Reading refuses anything that is not a whole project (too large,
 * truncated, binary, nested too deeply, another program's JSON) with a sentence saying why; older formats are
 * migrated; a newer format opens read-only. Saving never loses the old file: temporary file in the same folder,
 * flushed to disk, the previous version kept as {@code .bak}, then an atomic move.
 */
public final class ProjectFiles {

    public static final int FORMAT_VERSION = 2;
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Set<String> PROJECT_FIELDS = Set.of("formatVersion", "appVersion", "created", "modified", "designs");
    private static final Set<String> DESIGN_FIELDS = Set.of("name", "sourceText", "targetText", "engine", "rateFactor", "growthFactor",
            "partitionOverride", "llmAnswer", "notes");

    private static final Set<PosixFilePermission> NEW_FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");

    private final ObjectMapper json;

    public ProjectFiles() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(5_000_000).build())
                .build();
        json = new ObjectMapper(factory).enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** A project as opened: read-only when a newer version wrote it; {@code notice} says what happened (migration, read-only). */
    public record Loaded(Project project, boolean readOnly, String notice) {}

    /** Steps of a save, for tests that interrupt it between any two of them. */
    public interface SaveSteps {
        void after(String step) throws IOException;

        SaveSteps NONE = step -> {};
    }

    public Loaded read(Path file) throws ProjectFileException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ProjectFileException("cannot open " + file + " (" + e.getMessage() + ").", e);
        }
        if (size > MAX_BYTES) throw new ProjectFileException(file + " is " + size / (1024 * 1024) + " MB; a project is at most 20 MB. It was not opened.");
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new ProjectFileException("cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    public Loaded parse(byte[] bytes, String source) throws ProjectFileException {
        JsonNode root;
        try {
            root = SingleJsonDocument.read(json, bytes);
        } catch (SingleJsonDocument.TrailingContent e) {
            throw new ProjectFileException(source + " has text after the end of the project (the project ends at " + e.where()
                    + "); it was not opened and the file was left untouched. Remove what follows the project or open the .bak copy.");
        } catch (JsonProcessingException e) {
            String why = e.getMessage() != null && e.getMessage().contains("nesting depth") ? "it is nested too deeply"
                    : "it is not complete JSON (" + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ")";
            throw new ProjectFileException(source + " is not a CDC Architect project: " + why + ". The file was left untouched.");
        } catch (IOException e) {
            throw new ProjectFileException("cannot read " + source + " (" + e.getMessage() + ").", e);
        }
        if (root == null || !root.isObject() || !root.has("formatVersion") || !root.has("designs") || !root.get("designs").isArray()) {
            throw new ProjectFileException(source + " is not a CDC Architect project (no formatVersion and designs). The file was left untouched.");
        }
        int version = root.get("formatVersion").asInt(-1);
        if (version < 1) throw new ProjectFileException(source + ": formatVersion must be a positive number.");
        ObjectNode object = (ObjectNode) root;
        String notice = "";
        if (version < FORMAT_VERSION) {
            ProjectMigrations.migrate(object, version);
            notice = "Migrated from format " + version + " to " + FORMAT_VERSION + "; it is saved in the new format.";
        }
        boolean readOnly = version > FORMAT_VERSION;
        if (readOnly) notice = "Written by a newer CDC Architect (format " + version + "); opened read-only so nothing it knows is lost.";
        List<ProjectDesign> designs = new ArrayList<>();
        int i = 0;
        for (JsonNode d : object.get("designs")) {
            if (!d.isObject()) throw new ProjectFileException(source + ": designs[" + i + "] is not an object.");
            designs.add(design((ObjectNode) d, source, i++));
        }
        Project project = new Project(Math.max(version, FORMAT_VERSION), text(object, "appVersion", ""), instant(object, "created"),
                instant(object, "modified"), designs, rest(object, PROJECT_FIELDS));
        return new Loaded(project, readOnly, notice);
    }

    private static ProjectDesign design(ObjectNode d, String source, int index) throws ProjectFileException {
        String name = text(d, "name", "");
        if (name.isBlank()) throw new ProjectFileException(source + ": designs[" + index + "] has no name.");
        return new ProjectDesign(name, text(d, "sourceText", ""), text(d, "targetText", ""), text(d, "engine", "rules"),
                d.path("rateFactor").asDouble(1), d.path("growthFactor").asDouble(0), d.path("partitionOverride").asInt(0),
                d.hasNonNull("llmAnswer") ? InertMarkdown.of(d.get("llmAnswer").asText()) : null, text(d, "notes", ""), rest(d, DESIGN_FIELDS));
    }

    public byte[] serialise(Project project, String appVersion, Instant now) throws ProjectFileException {
        ObjectNode root = json.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("appVersion", appVersion);
        root.put("created", (project.created() == null ? now : project.created()).toString());
        root.put("modified", now.toString());
        ArrayNode designs = root.putArray("designs");
        for (ProjectDesign d : project.designs()) {
            ObjectNode node = designs.addObject();
            node.put("name", d.name());
            node.put("sourceText", d.sourceText());
            node.put("targetText", d.targetText());
            node.put("engine", d.engine());
            node.put("rateFactor", d.rateFactor());
            node.put("growthFactor", d.growthFactor());
            node.put("partitionOverride", d.partitionOverride());
            // A kept LLM answer is stored inert whatever its origin: an opened file, an older version, the window.
            if (d.llmAnswer() != null) node.put("llmAnswer", InertMarkdown.of(d.llmAnswer()));
            node.put("notes", d.notes());
            if (d.extra() != null) d.extra().fields().forEachRemaining(e -> node.set(e.getKey(), e.getValue()));
        }
        if (project.extra() != null) project.extra().fields().forEachRemaining(e -> root.set(e.getKey(), e.getValue()));
        try {
            return json.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException("the project could not be written as JSON (" + e.getOriginalMessage() + ").", e);
        }
    }

    /**
     * Saves safely; on failure the old file is still whole and the message says why. The saved file keeps the mode
     * of the one it replaces (a new one is an ordinary 0644 document, not the temporary file's 0600).
     *
     * @return the {@code .bak} holding the previous version, or empty when there was none (a first save)
     */
    public Optional<Path> write(Path file, Project project, String appVersion, Instant now, SaveSteps steps) throws ProjectFileException {
        byte[] bytes = serialise(project, appVersion, now);
        Path target = file.toAbsolutePath();
        Path temp = null;
        Path bak = null;
        try {
            SaveLeftovers.removeStale(target);
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".saving");
            modeLike(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) channel.write(buffer);
                steps.after("written");
                channel.force(true);
            }
            steps.after("flushed");
            if (Files.exists(target)) {
                bak = target.resolveSibling(target.getFileName() + ".bak");
                Path bakTemp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".bak-saving");
                try {
                    Files.copy(target, bakTemp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    move(bakTemp, bak);
                } finally {
                    Files.deleteIfExists(bakTemp);
                }
                steps.after("backed-up");
            }
            move(temp, target);
            steps.after("moved");
            return Optional.ofNullable(bak);
        } catch (IOException e) {
            throw new ProjectFileException("could not save " + file + " (" + e.getMessage() + "); the previous file is unchanged.", e);
        } finally {
            try {
                if (temp != null) Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray temporary file is harmless
            }
        }
    }

    private static void modeLike(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) return;
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE_MODE);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            return node.hasNonNull(field) ? Instant.parse(node.get(field).asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ObjectNode rest(ObjectNode node, Set<String> known) {
        ObjectNode extra = node.objectNode();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) extra.set(name, node.get(name));
        }
        return extra;
    }
}
