package dev.cdcarchitect.ui.project;

import dev.cdcarchitect.project.Project;
import dev.cdcarchitect.project.ProjectFileException;
import dev.cdcarchitect.project.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;

/**
 * The unsaved state of the open project, written every 30 s to the application data folder and removed after a
 * save or a clean close; if one is found at start-up the last session ended without saving. File I/O: never on the
 * FX thread.
 */
public final class Autosave {

    private final Path file;
    private final ProjectFiles files = new ProjectFiles();

    public Autosave(Path folder) {
        this.file = folder.resolve("autosave.cdcarch.json");
    }

    /** {@code ~/.cdc-architect/} unless {@code -Dcdcarchitect.dataDir} says otherwise (tests). */
    public static Autosave forUser() {
        return new Autosave(Path.of(System.getProperty("cdcarchitect.dataDir", System.getProperty("user.home") + "/.cdc-architect")));
    }

    public Path file() {
        return file;
    }

    public boolean write(Project project, String appVersion) {
        try {
            if (!Files.isDirectory(file.getParent())) createPrivateFolder(file.getParent());
            files.write(file, project, appVersion, Instant.now(), ProjectFiles.SaveSteps.NONE);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
            return true;
        } catch (ProjectFileException | IOException e) {
            return false; // autosave is a safety net; a failure here must not interrupt the user
        }
    }

    /**
     * The data folder is private (0700): a saved project is an ordinary 0644 document, so the autosaved copy of the
     * user's unsaved work is kept private by its folder instead.
     */
    private static void createPrivateFolder(Path folder) throws IOException {
        Files.createDirectories(folder.getParent());
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(folder);
        }
    }

    /** What the last session left unsaved, if anything readable. */
    public Optional<Project> pending() {
        if (!Files.exists(file)) return Optional.empty();
        try {
            Project project = files.read(file).project();
            return project.designs().isEmpty() ? Optional.empty() : Optional.of(project);
        } catch (ProjectFileException e) {
            return Optional.empty();
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
        } catch (IOException ignored) {
            // a stale autosave only means one extra recovery question
        }
    }
}
