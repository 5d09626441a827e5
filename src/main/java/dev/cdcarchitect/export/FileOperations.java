package dev.cdcarchitect.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file-system steps an atomic write is made of. An interface so that tests can make any one step fail like a
 * full disk or a yanked drive, without root or a special file system.
 */
interface FileOperations {

    /** Writes all bytes into an existing empty file and forces them to the device. */
    void writeAndForce(Path file, byte[] content) throws IOException;

    /** Renames, atomically where the file system can, replacing a file at {@code to}. */
    void move(Path from, Path to) throws IOException;

    /** Keeps the original reachable under {@code aside} while it is being replaced: a hard link, or a copy. */
    void keepAside(Path original, Path aside) throws IOException;

    FileOperations SYSTEM = new FileOperations() {
        @Override
        public void writeAndForce(Path file, byte[] content) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) channel.write(buffer);
                channel.force(true);
            }
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void keepAside(Path original, Path aside) throws IOException {
            try {
                Files.createLink(aside, original); // no second copy of the bytes, and the original stays in place
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                Files.copy(original, aside, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    };
}
