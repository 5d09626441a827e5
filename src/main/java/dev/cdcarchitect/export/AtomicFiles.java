package dev.cdcarchitect.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes files and folders so that nobody ever sees half of one, and files that belong together (a Markdown
 * document and its diagram) are replaced together or not at all:
 * <ol>
 * <li>stage: every file is written to a hidden sibling and forced to disk; a failure here replaces nothing;</li>
 * <li>commit: each original is kept aside (a hard link), then the staged file is renamed over it; if a rename
 *     fails, the files already replaced get their originals back;</li>
 * <li>only when all are in place are the kept originals removed.</li>
 * </ol>
 * A failure says exactly what is on disk ({@link WriteFailedException#outcome()}). A killed process leaves at most
 * hidden {@code .cdc-new} files, removed by the next write to the same place. Folders are swapped whole and only
 * replace a folder an earlier export wrote, or an empty one ({@link ExportFolders}).
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwxr-xr-x");
    /** Staged leftovers older than this are from a killed write, not from one still running. */
    private static final Duration STALE = Duration.ofMinutes(10);
    private static final AtomicFiles SYSTEM = new AtomicFiles(FileOperations.SYSTEM);

    private final FileOperations ops;

    AtomicFiles(FileOperations ops) {
        this.ops = ops;
    }

    static AtomicFiles system() {
        return SYSTEM;
    }

    public static void write(Path target, byte[] content) throws IOException {
        SYSTEM.replaceFiles(Map.of(target, content));
    }

    /** Several files that belong together: all replaced, or none. */
    public static void writeTogether(Map<Path, byte[]> files) throws IOException {
        SYSTEM.replaceFiles(files);
    }

    /** A whole folder of files (relative paths with '/'), swapped in whole; see {@link ExportFolders} for which folder it may replace. */
    public static void writeFolder(Path target, Map<String, byte[]> files) throws IOException {
        SYSTEM.replaceFolder(target, files);
    }

    private record Staged(Path target, Path temp) {}

    private record Replaced(Path target, Path aside) {}

    void replaceFiles(Map<Path, byte[]> files) throws IOException {
        try (WriteLocks.Held ignored = WriteLocks.lock(files.keySet())) {
            stageAndCommit(files);
        }
    }

    private void stageAndCommit(Map<Path, byte[]> files) throws IOException {
        List<Staged> staged = new ArrayList<>();
        Path current = null;
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                current = file.getKey().toAbsolutePath().normalize();
                if (Files.isDirectory(current)) throw new IOException("'" + current + "' is a folder");
                StagingNames.removeStale(current, STALE);
                Path temp = StagingNames.beside(current, StagingNames.NEW);
                Files.createFile(temp);
                staged.add(new Staged(current, temp));
                readableLike(current, temp, FILE_PERMISSIONS);
                ops.writeAndForce(temp, file.getValue());
            }
        } catch (IOException | RuntimeException e) {
            staged.forEach(s -> FileTrees.deleteQuietly(s.temp()));
            throw new WriteFailedException(reason(e, current), WriteFailedException.NOTHING_REPLACED, e);
        }
        commit(staged);
    }

    private void commit(List<Staged> staged) throws WriteFailedException {
        List<Replaced> done = new ArrayList<>();
        for (Staged s : staged) {
            Path aside = null;
            try {
                if (Files.exists(s.target(), LinkOption.NOFOLLOW_LINKS)) {
                    aside = StagingNames.beside(s.target(), StagingNames.OLD);
                    ops.keepAside(s.target(), aside);
                }
                ops.move(s.temp(), s.target());
                done.add(new Replaced(s.target(), aside));
            } catch (IOException | RuntimeException e) {
                FileTrees.deleteQuietly(aside); // this file's rename failed: its original is still in place
                staged.forEach(left -> FileTrees.deleteQuietly(left.temp()));
                throw new WriteFailedException(reason(e, s.target()), rollBack(done, staged), e);
            }
        }
        done.forEach(r -> FileTrees.deleteQuietly(r.aside()));
    }

    /** Puts back what was replaced, newest first; says exactly what could not be put back and what is unchanged. */
    private String rollBack(List<Replaced> done, List<Staged> staged) {
        Map<Path, String> stuck = new LinkedHashMap<>();
        for (int i = done.size() - 1; i >= 0; i--) {
            Replaced r = done.get(i);
            try {
                if (r.aside() != null) ops.move(r.aside(), r.target());
                else Files.deleteIfExists(r.target());
            } catch (IOException | RuntimeException e) {
                stuck.put(r.target(), r.aside() != null
                        ? r.target().getFileName() + " was replaced and could not be put back (its previous version is kept as "
                                + StagingNames.keep(r.aside()).getFileName() + " beside it)"
                        : r.target().getFileName() + " was written and could not be removed");
            }
        }
        if (stuck.isEmpty()) return WriteFailedException.NOTHING_REPLACED;
        List<String> parts = new ArrayList<>(stuck.values());
        for (Staged s : staged) {
            if (!stuck.containsKey(s.target())) parts.add(s.target().getFileName() + " is unchanged");
        }
        return String.join("; ", parts);
    }

    void replaceFolder(Path target, Map<String, byte[]> files) throws IOException {
        try (WriteLocks.Held ignored = WriteLocks.lock(List.of(target))) {
            swapFolder(target, files);
        }
    }

    private void swapFolder(Path target, Map<String, byte[]> files) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) throw new WriteFailedException("the root folder cannot be an export folder", WriteFailedException.NOTHING_REPLACED, null);
        ExportFolders.requireReplaceable(absolute);
        StagingNames.removeStale(absolute, STALE);
        Path temp = StagingNames.beside(absolute, StagingNames.NEW);
        try {
            stageFolder(absolute, temp, files);
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(temp);
            throw new WriteFailedException(reason(e, absolute), WriteFailedException.NOTHING_REPLACED, e);
        }
        Path old = null;
        try {
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                old = StagingNames.beside(absolute, StagingNames.OLD);
                ops.move(absolute, old);
                requireStillReplaceable(old, absolute);
            }
            ops.move(temp, absolute);
        } catch (ForeignFolderException e) {
            FileTrees.deleteQuietly(temp);
            throw e;
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(temp);
            throw new WriteFailedException(reason(e, absolute), putBack(old, absolute), e);
        }
        FileTrees.deleteQuietly(old); // an earlier export or an empty folder, checked twice
    }

    private void stageFolder(Path target, Path temp, Map<String, byte[]> files) throws IOException {
        Files.createDirectory(temp);
        readableLike(target, temp, FOLDER_PERMISSIONS);
        writeInto(temp, ExportFolders.MARKER, ExportFolders.MARKER_CONTENT);
        for (Map.Entry<String, byte[]> file : files.entrySet()) writeInto(temp, file.getKey(), file.getValue());
    }

    private void writeInto(Path folder, String name, byte[] content) throws IOException {
        Path path = folder.resolve(name).normalize();
        if (!path.startsWith(folder) || path.equals(folder)) throw new IOException("refusing to write outside the folder: " + name);
        Files.createDirectories(path.getParent());
        if (!Files.exists(path)) Files.createFile(path);
        ops.writeAndForce(path, content);
    }

    /** The folder was checked before; if something else filled it since, it goes back untouched. */
    private void requireStillReplaceable(Path movedAside, Path target) throws IOException {
        try {
            ExportFolders.requireReplaceable(movedAside);
        } catch (ForeignFolderException e) {
            ops.move(movedAside, target);
            ExportFolders.requireReplaceable(target); // throws, naming the folder where the user knows it
        }
    }

    private String putBack(Path old, Path target) {
        if (old == null || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return WriteFailedException.NOTHING_REPLACED;
        try {
            ops.move(old, target);
            return WriteFailedException.NOTHING_REPLACED;
        } catch (IOException | RuntimeException e) {
            return "the previous folder could not be put back; it is kept, whole, as " + StagingNames.keep(old).getFileName() + " beside it";
        }
    }

    /** In words, without the hidden staging names the user never asked about. */
    private static String reason(Exception e, Path target) {
        Path folder = target == null ? null : target.getParent();
        if (e instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) return "the folder " + folder + " does not exist";
        if (e instanceof AccessDeniedException) return "no permission to write in " + (folder == null ? "the folder" : folder);
        if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Temporary files are private (0600/0700); the result should have the permissions of the file it replaces,
     * or the usual ones of a document (0644/0755).
     */
    private static void readableLike(Path existing, Path temp, Set<PosixFilePermission> fallback) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) return;
        Files.setPosixFilePermissions(temp, Files.exists(existing) ? Files.getPosixFilePermissions(existing) : fallback);
    }
}
