package dev.cdcarchitect.cli;

import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.export.AtomicFiles;
import dev.cdcarchitect.export.ExportFolders;
import dev.cdcarchitect.export.ForeignFolderException;
import dev.cdcarchitect.export.WriteFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks and writes the files a command was asked to write; writing is atomic ({@link AtomicFiles}). */
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
        if (!Files.isWritable(parent)) {
            throw new InputProblem("--out", "folder '" + parent + "' is not writable.", "Choose a folder you can write to.");
        }
    }

    /**
     * For a folder export: the parent must exist and be writable, the path must not be a file, and an existing
     * folder must be empty or an earlier export (checked again when writing).
     */
    static void checkWritableFolder(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputProblem("--out", "folder '" + parent + "' does not exist.", "Create it or choose another path.");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputProblem("--out", "'" + out + "' is a file; the configuration export writes a folder.", "Give a folder path.");
        }
        if (!Files.isWritable(parent)) {
            throw new InputProblem("--out", "folder '" + parent + "' is not writable.", "Choose a folder you can write to.");
        }
        try {
            ExportFolders.requireReplaceable(out);
        } catch (ForeignFolderException e) {
            throw new InputProblem("--out", e.getMessage(), e.hint());
        } catch (IOException e) {
            throw new InputProblem("--out", "cannot read the folder '" + out + "' (" + e.getMessage() + ").", "Choose a folder you can read and write.");
        }
    }

    /** Why a write failed and, for an atomic write, what is on disk now; no exception class names for the user. */
    static String describe(IOException e) {
        if (e instanceof WriteFailedException) return e.getMessage();
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    static void write(Path target, String content) throws IOException {
        AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
    }
}
