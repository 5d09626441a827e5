package dev.cdcarchitect.ui.llm;

import dev.cdcarchitect.llm.client.LlmProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The OS keychain through its command-line tool where one exists (Linux: libsecret's {@code secret-tool}); the key
 * goes to the tool on standard input, never as an argument. Anything missing (no tool, no D-Bus session, a locked
 * keyring) quietly means "not available": the key is then kept for the session only. Blocking: call off the FX thread.
 */
public final class KeyChain {

    private static final String SERVICE = "cdc-architect";

    public boolean available() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux") && run(null, "secret-tool", "--version").isPresent();
    }

    public Optional<String> load(LlmProvider provider) {
        return run(null, "secret-tool", "lookup", "service", SERVICE, "provider", provider.name().toLowerCase(Locale.ROOT))
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    public boolean store(LlmProvider provider, String key) {
        return run(key, "secret-tool", "store", "--label=CDC Architect " + provider.name().toLowerCase(Locale.ROOT) + " API key",
                "service", SERVICE, "provider", provider.name().toLowerCase(Locale.ROOT)).isPresent();
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
