package dev.cdcarchitect.project;

/** A project file that cannot be opened or saved, with the reason in words. */
public final class ProjectFileException extends Exception {

    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
