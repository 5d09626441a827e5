package dev.cdcarchitect.connect;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The {@code connect/*.json} connector configs of a design's export, or of an exported folder the user edited. */
public final class ExportedConnectors {

    private ExportedConnectors() {}

    public static List<ConnectorFile> of(DesignResult.Generated design) {
        return of(new ConfigBundleBuilder().build(design));
    }

    static List<ConnectorFile> of(ConfigBundle bundle) {
        List<ConnectorFile> out = new ArrayList<>();
        bundle.files().forEach((path, text) -> {
            // One file at a time, so each connector keeps the name of the file it came from.
            for (ConnectorConfig c : ExportedConfigs.connectors(new ConfigBundle(Map.of(path, text)))) {
                out.add(new ConnectorFile(path, c.name(), c.config()));
            }
        });
        return out;
    }

    /**
     * Reads {@code FOLDER/connect/*.json} as written (after the user's edits).
     * @throws IllegalArgumentException naming the folder or file and what is wrong with it
     */
    public static List<ConnectorFile> of(Path exportFolder) {
        Path connect = exportFolder.resolve("connect");
        if (!Files.isDirectory(connect)) {
            throw new IllegalArgumentException("'" + exportFolder + "' has no connect/ folder: give the folder written by "
                    + "'export --format configs'.");
        }
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> list = Files.list(connect)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                files.put("connect/" + p.getFileName(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read '" + connect + "' (" + e.getMessage() + ").", e);
        }
        if (files.isEmpty()) throw new IllegalArgumentException("'" + connect + "' holds no connector config (*.json).");
        return of(new ConfigBundle(files));
    }
}
