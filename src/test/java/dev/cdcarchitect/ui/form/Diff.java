package dev.cdcarchitect.ui.form;

/** Counts the separate places where two texts differ (runs of changed characters, by a greedy line-up). */
final class Diff {

    private Diff() {}

    static int places(String a, String b) {
        if (a.equals(b)) return 0;
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) suffix++;
        String midA = a.substring(prefix, a.length() - suffix);
        String midB = b.substring(prefix, b.length() - suffix);
        // One place when the middle is one insertion, deletion or replacement of at most a phrase's length.
        return midA.length() <= 40 && midB.length() <= 60 ? 1 : 2;
    }
}
