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
 * {@code .NAME.RANDOM.cdc-old} for the original kept aside meanwhile, {@code .NAME.RANDOM.cdc-kept} for an original that
 * could not be put back after a failure. The names are distinctive so that leftovers of
 * a killed process can be recognised, and removed, without ever touching a file the tool did not create.
 */
final class StagingNames {

    static final String NEW = "cdc-new";
    static final String OLD = "cdc-old";
    static final String KEPT = "cdc-kept";

    private StagingNames() {}

    static Path beside(Path target, String kind) {
        String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        return target.resolveSibling("." + target.getFileName() + "." + random + "." + kind);
    }

    /**
     * Removes what a killed or failed write to {@code target} left beside it: staged new files, and originals kept
     * aside (which the write now starting replaces anyway, as it replaces the target). Only leftovers older than
     * {@code age}, so a write still running in another process keeps its files. A previous version that a failure
     * message named ({@link #keep}) has another name and is never matched here. Best effort: a leftover is harmless.
     */
    static void removeStale(Path target, Duration age) {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.[0-9a-z]+\\.(" + NEW + "|" + OLD + ")");
        FileTime before = FileTime.from(Instant.now().minus(age));
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path leftover : siblings) {
                if (Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) FileTrees.deleteQuietly(leftover);
            }
        } catch (IOException | RuntimeException ignored) {
            // the folder may not exist or not be listable; the write itself reports that
        }
    }

    /**
     * An original kept aside that could not be put back is the user's previous version, and the failure message
     * names it: renamed to {@code .NAME.RANDOM.cdc-kept}, which no cleanup ever touches. If even that rename fails,
     * it stays under its aside name.
     */
    static Path keep(Path aside) {
        String name = aside.getFileName().toString();
        Path kept = aside.resolveSibling(name.substring(0, name.length() - OLD.length()) + KEPT);
        try {
            Files.move(aside, kept);
            return kept;
        } catch (IOException | RuntimeException e) {
            return aside;
        }
    }
}
