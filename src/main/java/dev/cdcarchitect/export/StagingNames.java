package dev.cdcarchitect.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Names of the hidden siblings an atomic write uses: {@code .NAME.RANDOM.cdc-new} for what is being written and
 * {@code .NAME.RANDOM.cdc-old} for the original kept aside meanwhile. The names are distinctive so that leftovers of
 * a killed process can be recognised, and removed, without ever touching a file the tool did not create.
 */
final class StagingNames {

    static final String NEW = "cdc-new";
    static final String OLD = "cdc-old";

    private StagingNames() {}

    static Path beside(Path target, String kind) {
        String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        return target.resolveSibling("." + target.getFileName() + "." + random + "." + kind);
    }

    /**
     * Removes what a killed or failed write to {@code target} left beside it: staged new files older than
     * {@code age} (a write still running in another process keeps its files), and a kept-aside original only when it
     * is merely a second name of the target itself (a write killed between keeping it and renaming), so nothing is
     * lost. A kept-aside file that differs from the target is the user's previous version, named in an earlier
     * failure message: it stays. Best effort: a leftover is harmless.
     */
    static void removeStale(Path target, Duration age) {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.[0-9a-z]+\\.(" + NEW + "|" + OLD + ")");
        FileTime before = FileTime.from(Instant.now().minus(age));
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path leftover : siblings) {
                if (leftover.getFileName().toString().endsWith("." + NEW)) {
                    if (Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) FileTrees.deleteQuietly(leftover);
                } else if (isSecondNameOf(leftover, target)) {
                    FileTrees.deleteQuietly(leftover);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the folder may not exist or not be listable; the write itself reports that
        }
    }

    private static boolean isSecondNameOf(Path leftover, Path target) throws IOException {
        return Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.isSameFile(leftover, target);
    }
}
