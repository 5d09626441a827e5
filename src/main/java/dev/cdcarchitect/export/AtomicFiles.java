package dev.cdcarchitect.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Writes files and folders so that nobody ever sees half of one: content goes to a temporary sibling, is flushed
 * to disk, and is then moved into place. An interrupted export leaves the old file (or folder) as it was.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwxr-xr-x");

    private AtomicFiles() {}

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            readableLike(absolute, temp, FILE_PERMISSIONS);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) channel.write(buffer);
                channel.force(true);
            }
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A whole folder of files (relative paths with '/'): built beside the target, then renamed into place; an
     * existing folder is renamed away first and deleted after, so the target is always either old or new.
     */
    public static void writeFolder(Path target, Map<String, byte[]> files) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new");
        Path old = null;
        try {
            readableLike(absolute, temp, FOLDER_PERMISSIONS);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = temp.resolve(file.getKey()).normalize();
                if (!path.startsWith(temp)) throw new IOException("refusing to write outside the folder: " + file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            if (Files.exists(absolute)) {
                old = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".old");
                Files.delete(old);
                move(absolute, old);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            if (old != null && !Files.exists(absolute)) move(old, absolute); // put the previous folder back
            throw e;
        } finally {
            deleteTree(temp);
            if (old != null) deleteTree(old);
        }
    }

    /**
     * Temporary files are private (0600/0700); the result should have the permissions of the file it replaces,
     * or the usual ones of a document (0644/0755).
     */
    private static void readableLike(Path existing, Path temp, Set<PosixFilePermission> fallback) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) return;
        Files.setPosixFilePermissions(temp, Files.exists(existing) ? Files.getPosixFilePermissions(existing) : fallback);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
