package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.domain.Units;

/** Rejects text that cannot be a description at all: empty, oversized or binary. Runs before anything else. */
public final class InputLimits {

    public static final int MAX_CHARS = 100_000;

    private InputLimits() {}

    public static void check(String field, String text, String example) {
        if (text == null || text.isBlank()) {
            throw new InputProblem(field, "is empty.", "Describe it in a sentence, e.g. '" + example + "'.");
        }
        if (text.length() > MAX_CHARS) {
            throw new InputProblem(field,
                    "is " + Units.grouped(text.length()) + " characters long; the limit is " + Units.grouped(MAX_CHARS) + ".",
                    "Keep to the facts the design needs: engine, version, volume, rates, keys, targets.");
        }
        int junk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\uFFFD') {
                throw binary(field);
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') junk++;
            else if (Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.UNASSIGNED) junk++;
        }
        if (junk > 0 && junk * 50 >= text.length()) {
            throw binary(field);
        }
    }

    private static InputProblem binary(String field) {
        return new InputProblem(field, "looks like binary data, not text.",
                "Paste or pass a plain-text description (UTF-8).");
    }
}
