package dev.cdcarchitect.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which existing folders a folder export may replace: none, an empty one, or one an earlier export wrote (it carries
 * the marker file). Anything else (a project, a repository, someone's downloads) is never deleted or replaced.
 * See docs/decisions/0011-never-replace-foreign-folders.md.
 */
public final class ExportFolders {

    /** Written into every exported folder; its content is fixed so exports stay byte-identical run to run. */
    public static final String MARKER = ".cdc-architect-export";

    static final byte[] MARKER_CONTENT = ("This folder was written by CDC Architect's configuration export.\n"
            + "The next export to this folder replaces all of it; keep your own files elsewhere.\n").getBytes(StandardCharsets.UTF_8);

    private ExportFolders() {}

    /** Refuses, without changing anything, when {@code folder} exists and may not be replaced. */
    public static void requireReplaceable(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return; // absent, or a file: the write itself says so
        if (Files.isRegularFile(folder.resolve(MARKER))) return;
        List<String> names;
        try (Stream<Path> entries = Files.list(folder)) {
            names = entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (names.isEmpty()) return;
        throw new ForeignFolderException(folder, names.size(), names.get(0));
    }
}
