package dev.cdcarchitect.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds encoded text (base64, hex escapes, percent-encoding) and returns its decoded forms for checking. */
final class ObfuscationDecoder {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{8,}={0,2}|[A-Za-z0-9_-]{12,}={0,2}");

    private ObfuscationDecoder() {}

    static List<String> decodedForms(String text) {
        List<String> decoded = new ArrayList<>();
        Matcher b64 = BASE64.matcher(text);
        while (b64.find()) {
            String printable = base64(b64.group());
            if (printable != null) decoded.add(printable);
        }
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
        if (bytes.length < 4) return null;
        int printable = 0;
        for (byte b : bytes) {
            if ((b >= 32 && b < 127) || b == '\n' || b == '\t') printable++;
        }
        return printable * 100 >= bytes.length * 95 ? new String(bytes, StandardCharsets.US_ASCII) : null;
    }
}
