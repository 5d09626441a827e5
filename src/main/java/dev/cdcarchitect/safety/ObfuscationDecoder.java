package dev.cdcarchitect.safety;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Finds encoded text (base64, hex with or without {@code \\x}, percent-encoding) and returns its decoded forms for
 * checking. Only decodings that are (almost) all printable count: hashes, UUIDs and binary keys decode to noise.
 */
final class ObfuscationDecoder {

    private static final int MIN_HEX_DIGITS = 16;
    private static final int ESCAPE_CONTEXT = 200;
    private static final int MIN_HEX_PAIRS = 8;

    private ObfuscationDecoder() {}

    static List<String> decodedForms(String text) {
        List<String> decoded = new ArrayList<>();
        base64Tokens(text, decoded);
        decoded.addAll(hexRuns(text));
        decoded.addAll(spacedHexRuns(text));
        String hex = unescape(text, '\\', 'x');
        if (hex != null) decoded.add(hex);
        String percent = unescape(text, '%', (char) 0);
        if (percent != null) decoded.add(percent);
        SqlConcatenation.addForms(text, decoded);
        InstructedDecodings.addForms(text, decoded);
        return decoded;
    }

    /**
     * The escapes ({@code \\xHH} when {@code marker2} is 'x', {@code %HH} when it is 0) decoded as UTF-8, with
     * {@value #ESCAPE_CONTEXT} characters of text around them (the sentence they are in), each stretch on a line of
     * its own: a few encoded characters in a long text do not make the guard judge the whole text again. Linear (a
     * regex over 20,000 escapes overflows the stack). Null when there are fewer than three escapes.
     */
    private static String unescape(String text, char marker, char marker2) {
        int width = marker2 == 0 ? 1 : 2;
        int[] escapes = new int[16];
        int count = 0;
        for (int i = 0; i + width + 2 <= text.length(); i++) {
            if (isEscape(text, i, marker, marker2, width)) {
                if (count == escapes.length) escapes = Arrays.copyOf(escapes, count * 2);
                escapes[count++] = i;
                i += width + 1;
            }
        }
        if (count < 3) return null;
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < count) {
            int from = Math.max(0, escapes[k] - ESCAPE_CONTEXT);
            int to = Math.min(text.length(), escapes[k] + width + 2 + ESCAPE_CONTEXT);
            while (++k < count && escapes[k] - ESCAPE_CONTEXT <= to) to = Math.min(text.length(), escapes[k] + width + 2 + ESCAPE_CONTEXT);
            decode(text, from, to, marker, marker2, width, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static boolean isEscape(String text, int i, char marker, char marker2, int width) {
        return text.charAt(i) == marker && (marker2 == 0 || text.charAt(i + 1) == marker2) && i + width + 2 <= text.length()
                && Character.digit(text.charAt(i + width), 16) >= 0 && Character.digit(text.charAt(i + width + 1), 16) >= 0;
    }

    /** Appends text[from, to) with its escapes decoded; runs of escaped bytes are read as UTF-8 ("pr%C3%A9c%C3%A9dentes"). */
    private static void decode(String text, int from, int to, char marker, char marker2, int width, StringBuilder out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = from;
        while (i < to) {
            if (i + width + 2 <= to && isEscape(text, i, marker, marker2, width)) {
                bytes.write(Character.digit(text.charAt(i + width), 16) * 16 + Character.digit(text.charAt(i + width + 1), 16));
                i += width + 2;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(text.charAt(i++));
        }
        if (bytes.size() > 0) out.append(bytes.toString(StandardCharsets.UTF_8));
    }

    /**
     * Words of the base64 alphabet (at least 8 characters) or of the URL-safe one (at least 12), decoded; a word that
     * mixes both alphabets is neither. One pass over the text.
     */
    private static void base64Tokens(String text, List<String> decoded) {
        int i = 0;
        while (i < text.length()) {
            if (!isBase64Char(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean standard = false;
            boolean urlSafe = false;
            while (end < text.length() && isBase64Char(text.charAt(end))) {
                char c = text.charAt(end++);
                standard |= c == '+' || c == '/';
                urlSafe |= c == '-' || c == '_';
            }
            if (!(standard && urlSafe) && end - i >= (urlSafe ? 12 : 8) && hasUpperCaseOrDigit(text, i, end)) {
                String printable = base64(text.substring(i, end));
                if (printable != null) decoded.add(printable);
            }
            while (end < text.length() && text.charAt(end) == '=') end++;
            i = end;
        }
    }

    /** Base64 of text always has one; plain lower-case words ("propagation") are not worth decoding. */
    private static boolean hasUpperCaseOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
        }
        return false;
    }

    private static boolean isBase64Char(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '-' || c == '_';
    }

    /**
     * Runs of at least {@value #MIN_HEX_DIGITS} hex digits (an even count, optionally after "0x") standing as a word of
     * their own, decoded, e.g. {@code 726d202d7266202f} = "rm -rf /". Linear: each character is looked at once.
     */
    private static List<String> hexRuns(String text) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.digit(text.charAt(i), 16) < 0 || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int start = text.startsWith("0x", i) || text.startsWith("0X", i) ? i + 2 : i;
            int end = start;
            while (end < text.length() && Character.digit(text.charAt(end), 16) >= 0) end++;
            boolean word = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            int digits = end - start;
            if (word && digits >= MIN_HEX_DIGITS && digits % 2 == 0) {
                byte[] bytes = new byte[digits / 2];
                for (int b = 0; b < bytes.length; b++) {
                    bytes[b] = (byte) (Character.digit(text.charAt(start + 2 * b), 16) * 16 + Character.digit(text.charAt(start + 2 * b + 1), 16));
                }
                String printable = printable(bytes);
                if (printable != null) runs.add(printable);
            }
            i = Math.max(end, i + 1);
        }
        return runs;
    }

    /**
     * At least {@value #MIN_HEX_PAIRS} hex pairs as words of their own, one space or colon apart ("72 6d 20 2d ..."),
     * decoded. Linear.
     */
    private static List<String> spacedHexRuns(String text) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isHexPair(text, i)) {
                i++;
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int at = i;
            while (isHexPair(text, at)) {
                bytes.write(Character.digit(text.charAt(at), 16) * 16 + Character.digit(text.charAt(at + 1), 16));
                at += 2;
                if (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ':') && isHexPair(text, at + 1)) at++;
            }
            if (bytes.size() >= MIN_HEX_PAIRS) {
                String printable = printable(bytes.toByteArray());
                if (printable != null) runs.add(printable);
            }
            i = Math.max(at, i + 1);
        }
        return runs;
    }

    /** Two hex digits at {@code i} standing as a word of their own. */
    private static boolean isHexPair(String text, int i) {
        return i + 2 <= text.length() && Character.digit(text.charAt(i), 16) >= 0 && Character.digit(text.charAt(i + 1), 16) >= 0
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && (i + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    /** The decoded text if the token is base64 of mostly printable ASCII, else null. */
    private static String base64(String token) {
        String padded = token;
        while (padded.length() % 4 != 0) padded += "=";
        byte[] bytes;
        try {
            bytes = token.indexOf('-') >= 0 || token.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(padded) : Base64.getDecoder().decode(padded);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        return printable(bytes);
    }

    /** The bytes as text if they are (almost) all printable: UTF-8 when they are valid UTF-8 (other languages), else ASCII. */
    private static String printable(byte[] bytes) {
        if (bytes.length < 4) return null;
        int printable = 0;
        int nonAscii = 0;
        for (byte b : bytes) {
            if ((b >= 32 && b < 127) || b == '\n' || b == '\t') printable++;
            if (b < 0) nonAscii++;
        }
        if ((printable + nonAscii) * 100 < bytes.length * 95) return null;
        if (nonAscii == 0) return new String(bytes, StandardCharsets.US_ASCII);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException binary) {
            return null;
        }
    }
}
