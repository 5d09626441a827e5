package dev.cdcarchitect.cli;

import dev.cdcarchitect.domain.InputProblem;
import java.nio.charset.Charset;

/**
 * Text given as a command-line argument. Java 17 decodes arguments with the locale's character set before main
 * runs (sun.jnu.encoding; -Dsun.jnu.encoding is ignored, measured on 17.0.15), so under an ASCII locale such as
 * LANG=C every non-ASCII letter is already U+FFFD and cannot be recovered: say what to do instead.
 */
final class ArgumentText {

    private ArgumentText() {}

    static String check(String option, String fileOption, String value) {
        if (value == null || value.indexOf('\uFFFD') < 0) return value;
        String charset = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        boolean utf8Locale = charset.equalsIgnoreCase("UTF-8") || charset.equalsIgnoreCase("UTF8");
        if (utf8Locale) {
            throw new InputProblem(option, "is not valid UTF-8 text (some bytes could not be decoded).", "Pass the text with " + fileOption + " FILE.");
        }
        throw new InputProblem(option, "has characters that could not be read: the locale's character set is " + charset
                + ", so Java has replaced every non-ASCII letter of the argument (U+FFFD) before reading it.",
                "Run with a UTF-8 locale, e.g. LANG=C.UTF-8 (or LC_ALL=C.UTF-8), or pass the text with " + fileOption + " FILE.");
    }
}
