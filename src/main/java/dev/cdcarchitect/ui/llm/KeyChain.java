package dev.cdcarchitect.ui.llm;

import dev.cdcarchitect.llm.client.LlmProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The OS keychain through its command-line tool where one exists: Linux with libsecret's {@code secret-tool}, macOS
 * with {@code security} (its interactive mode, so the key is read from standard input). The key never appears as a
 * process argument. Anything missing (no tool, no D-Bus session, a locked keyring) quietly means "not available":
 * the key is then kept for the session only. Windows has no such tool without extra modules: session only there.
 * Blocking: call off the FX thread.
 */
public final class KeyChain {

    private static final String SERVICE = "cdc-architect";

    private static final String OS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);

    public boolean available() {
        if (OS.contains("linux")) return run(null, "secret-tool", "--version").isPresent();
        if (OS.contains("mac")) return run(null, "security", "list-keychains").isPresent();
        return false;
    }

    public Optional<String> load(LlmProvider provider) {
        String account = provider.name().toLowerCase(Locale.ROOT);
        Optional<String> found;
        if (OS.contains("linux")) found = run(null, "secret-tool", "lookup", "service", SERVICE, "provider", account);
        else if (OS.contains("mac")) found = run(null, "security", "find-generic-password", "-s", SERVICE, "-a", account, "-w");
        else found = Optional.empty();
        return found.map(String::strip).filter(s -> !s.isEmpty());
    }

    public boolean store(LlmProvider provider, String key) {
        String account = provider.name().toLowerCase(Locale.ROOT);
        if (key.contains("\n") || key.contains("\"")) return false; // not a key; never let it reach a command line
        if (OS.contains("linux")) {
            return run(key, "secret-tool", "store", "--label=CDC Architect " + account + " API key", "service", SERVICE, "provider", account)
                    .isPresent();
        }
        if (OS.contains("mac")) {
            // "security -i" reads commands from standard input, so the key is not visible in the process list.
            return run("add-generic-password -U -s " + SERVICE + " -a " + account + " -w \"" + key + "\"\n", "security", "-i").isPresent();
        }
        return false;
    }

    /** Output of a successful run within 3 s, or empty. */
    private static Optional<String> run(String stdin, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) return Optional.empty();
            return Optional.of(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
