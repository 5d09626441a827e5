package dev.cdcarchitect.safety;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Finds encoded text (base64, hex with or without {@code \\x}, percent-encoding) and returns its decoded forms for
 * checking. Only decodings that are (almost) all printable count: hashes, UUIDs and binary keys decode to noise.
 */
final class ObfuscationDecoder {

    private static final int MIN_HEX_DIGITS = 16;

    private ObfuscationDecoder() {}

    static List<String> decodedForms(String text) {
        List<String> decoded = new ArrayList<>();
        base64Tokens(text, decoded);
        decoded.addAll(hexRuns(text));
        String hex = unescape(text, '\\', 'x');
        if (hex != null) decoded.add(hex);
        String percent = unescape(text, '%', (char) 0);
        if (percent != null) decoded.add(percent);
        return decoded;
    }

    /**
     * Replaces every escape ({@code \\xHH} when {@code marker2} is 'x', {@code %HH} when it is 0) by its character,
     * in one linear pass (a regex over 20,000 escapes overflows the stack). Null when there are fewer than three.
     */
    private static String unescape(String text, char marker, char marker2) {
        int width = marker2 == 0 ? 1 : 2;
        StringBuilder out = new StringBuilder(text.length());
        int escapes = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean starts = c == marker && (marker2 == 0 || (i + 1 < text.length() && text.charAt(i + 1) == marker2));
            if (starts && i + width + 2 <= text.length()) {
                int hi = Character.digit(text.charAt(i + width), 16);
                int lo = Character.digit(text.charAt(i + width + 1), 16);
                if (hi >= 0 && lo >= 0) {
                    out.append((char) (hi * 16 + lo));
                    escapes++;
                    i += width + 2;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return escapes >= 3 ? out.toString() : null;
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
            if (!(standard && urlSafe) && end - i >= (urlSafe ? 12 : 8)) {
                String printable = base64(text.substring(i, end));
                if (printable != null) decoded.add(printable);
            }
            while (end < text.length() && text.charAt(end) == '=') end++;
            i = end;
        }
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
