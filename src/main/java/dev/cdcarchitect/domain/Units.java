package dev.cdcarchitect.domain;

import java.util.Locale;

/** Formats sizes, rates and durations the same way everywhere (decimal units, fixed locale). */
public final class Units {

    private Units() {}

    public static String bytes(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
        int unit = 0;
        double value = bytes;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return decimal(value) + " " + units[unit];
    }

    public static String count(double n) {
        if (n >= 1e9) return decimal(n / 1e9) + " billion";
        if (n >= 1e6) return decimal(n / 1e6) + " million";
        return String.format(Locale.ROOT, "%,d", Math.round(n));
    }

    public static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,d changes/s", Math.round(perSecond));
    }

    public static String millis(long millis) {
        if (millis < 1000) return millis + " ms";
        if (millis < 120_000) return decimal(millis / 1000.0) + " s";
        return decimal(millis / 60_000.0) + " min";
    }

    public static String hours(double hours) {
        if (hours < 1) return Math.max(1, Math.round(hours * 60)) + " min";
        if (hours < 48) return decimal(hours) + " h";
        return decimal(hours / 24) + " days";
    }

    /** At most one decimal, trailing ".0" dropped. */
    public static String decimal(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) return String.format(Locale.ROOT, "%,d", (long) rounded);
        return String.format(Locale.ROOT, "%,.1f", rounded);
    }
}
