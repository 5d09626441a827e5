package dev.cdcarchitect.export;

import java.io.IOException;
import java.nio.file.Path;

/** An existing folder that an export will not replace: it is not empty and no earlier export wrote it. */
public final class ForeignFolderException extends IOException {
    private static final long serialVersionUID = 1L;

    ForeignFolderException(Path folder, long entries, String example) {
        super("'" + folder + "' already exists and is not an earlier export of CDC Architect (it holds " + entries
                + (entries == 1 ? " entry, '" : " entries, such as '") + example + "'); nothing in it was changed.");
    }

    /** What to do instead. */
    public String hint() {
        return "Choose a new or empty folder, or the folder of an earlier configuration export (it carries a "
                + ExportFolders.MARKER + " file).";
    }
}
