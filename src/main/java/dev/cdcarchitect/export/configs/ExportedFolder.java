package dev.cdcarchitect.export.configs;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads an exported configuration folder back as a bundle, after the user's own edits, so those edits are what gets
 * rehearsed. Only the files a rehearsal uses are read; nothing in the folder is changed.
 */
public final class ExportedFolder {

    /** Larger than any exported file by far; a bigger file is not one of ours. */
    private static final long MAX_FILE_BYTES = 1 << 20;

    private ExportedFolder() {}

    /** @throws IllegalArgumentException naming the folder or file and what to do */
    public static ConfigBundle read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("'" + folder + "' is not a folder; give the folder written by "
                    + "'export --format configs --out DIR'.");
        }
        if (!Files.isDirectory(folder.resolve("connect")) || !Files.isRegularFile(folder.resolve("topics.json"))) {
            throw new IllegalArgumentException("'" + folder + "' has no connect/ folder or no topics.json, so it is not a configuration "
                    + "export; give the folder written by 'export --format configs --out DIR'.");
        }
        Map<String, String> files = new TreeMap<>();
        try {
            for (String top : List.of("topics.json", "worker.properties")) {
                Path file = folder.resolve(top);
                if (Files.isRegularFile(file)) files.put(top, text(folder, file));
            }
            try (Stream<Path> connectors = Files.list(folder.resolve("connect"))) {
                for (Path file : connectors.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    files.put("connect/" + file.getFileName(), text(folder, file));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read '" + folder + "' (" + e.getMessage() + ").", e);
        }
        return new ConfigBundle(files);
    }

    private static String text(Path folder, Path file) throws IOException {
        String name = folder.relativize(file).toString().replace('\\', '/');
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException(name + " is larger than 1 MB, which no exported file is; check the folder.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + " is not UTF-8 text; save it as UTF-8.", e);
        }
    }
}
