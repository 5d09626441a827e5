package dev.cdcarchitect.domain;

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
        return grouped(n);
    }

    public static String rate(double perSecond) {
        return grouped(perSecond) + " changes/s";
    }

    /**
     * Rounded to a whole number with comma thousands separators ("12,345"). Written out by hand because
     * java.util.Formatter's grouping loads locale data, which costs tens of milliseconds at CLI start-up.
     */
    public static String grouped(double value) {
        long n = Math.round(value);
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (n < 0) out.append('-');
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) out.append(',').append(digits, i, i + 3);
        return out.toString();
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
        long tenths = Math.round(value * 10);
        long whole = tenths / 10;
        long fraction = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return fraction == 0 ? sign + grouped(whole) : sign + grouped(whole) + "." + fraction;
    }
}
