package dev.cdcarchitect.rehearse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;

/** What the throwaway database servers share about their temp folder: its owner and the tail of their logs. */
final class ServerFolder {

    /** The database servers refuse to run as root; they then run as this existing unprivileged user. */
    static final String UNPRIVILEGED_USER = "nobody";

    private ServerFolder() {}

    static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** As root, hands the folder to {@link #UNPRIVILEGED_USER}; {@code what} names the server in the error. */
    static void handToUnprivilegedUser(Path folder, String what) {
        try {
            UserPrincipal user = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_USER);
            Files.setOwner(folder, user);
        } catch (IOException e) {
            throw new RehearsalException("running as root, the rehearsal needs the user '" + UNPRIVILEGED_USER
                    + "' to own " + what + "'s temp folder " + folder + " (" + e.getMessage() + ").", e);
        }
    }

    /** The last ten lines of the given logs (those that exist), for an error message. */
    static String logTail(Path... logs) {
        try {
            List<String> lines = new ArrayList<>();
            for (Path p : logs) {
                if (Files.exists(p)) lines.addAll(Files.readAllLines(p));
            }
            return "\nServer log (" + logs[0] + "):\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
