package dev.cdcarchitect.rehearse;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Throwaway passwords for the rehearsal's own users; they live only in its temp folders. */
final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static String random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
