package dev.cdcarchitect.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An installed app image's layout with the real bin/cdc-architect-cli and a stand-in 'java' script. */
final class FakeInstallation {

    private FakeInstallation() {}

    /** @return the launcher, {@code root/bin/cdc-architect-cli} */
    static Path create(Path root, String fakeJava) throws IOException {
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("lib/runtime/bin"));
        Files.createDirectories(root.resolve("lib/app/lib"));
        Files.writeString(root.resolve("lib/app/cdc-architect.jar"), "");
        Path launcher = Files.copy(Path.of("installer/cdc-architect-cli.sh"), root.resolve("bin/cdc-architect-cli"));
        Path java = Files.writeString(root.resolve("lib/runtime/bin/java"), fakeJava);
        for (Path exe : List.of(launcher, java)) exe.toFile().setExecutable(true);
        return launcher;
    }
}
