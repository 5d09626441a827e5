package dev.cdcarchitect.ui.checks;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the checks ask the user; the window shows dialogs, tests answer themselves. */
public interface CheckPrompts {

    /** The Kafka Connect REST URL to validate against, starting from the last one. */
    Optional<String> connectUrl(String last);

    /** Where to save the report. */
    Optional<Path> reportFile(String suggestedName);
}
