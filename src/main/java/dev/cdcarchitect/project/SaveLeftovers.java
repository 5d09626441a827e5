package dev.cdcarchitect.project;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The hidden temporary files a killed save leaves beside a project ({@code .NAME<digits>.saving} and
 * {@code .NAME<digits>.bak-saving}, the names {@link ProjectFiles} gives them). Only those, and only when older than
 * a save can take, so a save still running in another window keeps its file.
 */
final class SaveLeftovers {

    private static final Duration STALE = Duration.ofMinutes(10);

    private SaveLeftovers() {}

    static void removeStale(Path project) {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(project.getFileName().toString()) + "\\d+\\.(?:saving|bak-saving)");
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(project.getParent(),
                p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path leftover : siblings) {
                if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort: a leftover is a harmless hidden file, and the save itself reports a folder it cannot use
        }
    }
}
