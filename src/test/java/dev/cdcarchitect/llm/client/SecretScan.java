package dev.cdcarchitect.llm.client;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Whether any piece of a secret long enough to identify it (8 characters) shows in what was printed. */
public final class SecretScan {

    private SecretScan() {}

    public static void assertNoSecret(String printed, String... secrets) {
        for (String secret : secrets) {
            for (int i = 0; i + 8 <= secret.length(); i++) {
                String fragment = secret.substring(i, i + 8);
                assertFalse(printed.contains(fragment), "'" + fragment + "' of a secret leaked in:\n" + printed);
            }
        }
    }
}
