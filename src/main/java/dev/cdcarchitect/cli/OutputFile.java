package dev.cdcarchitect.cli;

import dev.cdcarchitect.domain.InputProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file atomically: a temporary file beside it, then a move, so a reader never sees half a file. */
final class OutputFile {

    private OutputFile() {}

    /** Fails with a clear message when the file cannot be created where asked. */
    static void checkWritable(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputProblem("--out", "folder '" + parent + "' does not exist.", "Create it or choose another path.");
        }
        if (Files.isDirectory(out)) {
            throw new InputProblem("--out", "'" + out + "' is a directory.", "Give a file name.");
        }
    }

    static void write(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
