package dev.cdcarchitect.rehearse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a folder the rehearsal created itself, and nothing outside it. */
final class TempFolder {

    private TempFolder() {}

    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new RehearsalException("cannot remove the rehearsal's temp folder " + folder + " (" + e.getMessage()
                    + "); remove it by hand.", e);
        }
    }
}
