package dev.cdcarchitect.ui.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cdcarchitect.llm.client.LlmProvider;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without a usable keychain (no secret-tool or no D-Bus session, as on CI) everything falls back quietly. */
class KeyChainTest {

    @Test
    void anUnavailableKeychainFallsBackQuietly() {
        KeyChain keyChain = new KeyChain();
        if (keyChain.available()) return; // a developer machine with a real keychain: nothing to check here
        assertEquals(Optional.empty(), keyChain.load(LlmProvider.OPENAI));
        assertFalse(keyChain.store(LlmProvider.OPENAI, "sk-not-stored"));
    }

    @Test
    void somethingThatIsNotAKeyIsNeverPassedOn() {
        assertFalse(new KeyChain().store(LlmProvider.ANTHROPIC, "sk\" -w evil\nrm -rf /"));
    }
}
