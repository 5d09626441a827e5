package dev.cdcarchitect.rehearse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temp folders of the rehearsal's components: created here, and removed with nothing outside them. */
final class TempFolder {

    private TempFolder() {}

    /** A new folder in the system temp folder; {@code what} names the component in the error. */
    static Path create(String what) {
        try {
            return Files.createTempDirectory("cdc-rehearsal-" + what.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-");
        } catch (IOException e) {
            throw new RehearsalException("cannot create a temp folder for " + what + " (" + e.getMessage() + ").", e);
        }
    }

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
