package dev.cdcarchitect.safety;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds encoded text (base64, hex escapes, percent-encoding) and returns its decoded forms for checking. */
final class ObfuscationDecoder {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{8,}={0,2}|[A-Za-z0-9_-]{12,}={0,2}");
    private static final Pattern HEX_ESCAPES = Pattern.compile("(?:\\\\x[0-9a-fA-F]{2}){3,}");
    private static final Pattern PERCENT = Pattern.compile("(?:%[0-9a-fA-F]{2}[^\\s%]{0,3}){3,}");

    private ObfuscationDecoder() {}

    static List<String> decodedForms(String text) {
        List<String> decoded = new ArrayList<>();
        Matcher b64 = BASE64.matcher(text);
        while (b64.find()) {
            String printable = base64(b64.group());
            if (printable != null) decoded.add(printable);
        }
        Matcher hex = HEX_ESCAPES.matcher(text);
        while (hex.find()) {
            String escaped = hex.group();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i + 4 <= escaped.length(); i += 4) {
                out.append((char) Integer.parseInt(escaped.substring(i + 2, i + 4), 16));
            }
            decoded.add(out.toString());
        }
        Matcher percent = PERCENT.matcher(text);
        while (percent.find()) {
            try {
                decoded.add(URLDecoder.decode(percent.group(), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notEncoded) {
                // not valid percent-encoding: nothing hidden there
            }
        }
        return decoded;
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
