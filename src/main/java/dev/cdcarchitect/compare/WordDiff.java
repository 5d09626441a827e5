package dev.cdcarchitect.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of two texts differ, so a comparison can mark them instead of showing two long texts that look alike.
 * Words are matched by their longest common subsequence after the common start and end are set aside; a middle too
 * long for that (both sides several thousand words) counts as one replaced run rather than stalling the caller.
 */
public final class WordDiff {

    /** A piece of one side's text, spaces included; {@code differs} marks words the other side does not have there. */
    public record Span(String text, boolean differs) {}

    /** One differing run with a word of unchanged context either side: "of 3 workers" → "of 8 workers". */
    public record Change(String a, String b) {}

    private record Word(String text, int start, int end) {}

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final long MAX_CELLS = 4_000_000;

    private final List<Span> a;
    private final List<Span> b;
    private final List<Change> changes;

    private WordDiff(List<Span> a, List<Span> b, List<Change> changes) {
        this.a = List.copyOf(a);
        this.b = List.copyOf(b);
        this.changes = List.copyOf(changes);
    }

    public static WordDiff of(String textA, String textB) {
        String ta = textA == null ? "" : textA;
        String tb = textB == null ? "" : textB;
        List<Word> x = words(ta);
        List<Word> y = words(tb);
        boolean[] keepX = new boolean[x.size()];
        boolean[] keepY = new boolean[y.size()];
        int start = 0;
        while (start < x.size() && start < y.size() && same(x, start, y, start)) keepX[start] = keepY[start++] = true;
        int endX = x.size();
        int endY = y.size();
        while (endX > start && endY > start && same(x, endX - 1, y, endY - 1)) keepX[--endX] = keepY[--endY] = true;
        if ((long) (endX - start) * (endY - start) <= MAX_CELLS) common(x, y, start, endX, endY, keepX, keepY);
        return new WordDiff(spans(ta, x, keepX), spans(tb, y, keepY), changes(x, y, keepX, keepY));
    }

    /** The first text in pieces, its words missing from the second marked. */
    public List<Span> a() { return a; }

    /** The second text in pieces, its words missing from the first marked. */
    public List<Span> b() { return b; }

    /** Each differing run, before and after, in reading order. */
    public List<Change> changes() { return changes; }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(new Word(m.group(), m.start(), m.end()));
        return out;
    }

    private static boolean same(List<Word> x, int i, List<Word> y, int j) {
        return x.get(i).text().equals(y.get(j).text());
    }

    /** Keeps the longest common subsequence of the middle parts; kept words pair up in order on both sides. */
    private static void common(List<Word> x, List<Word> y, int start, int endX, int endY, boolean[] keepX, boolean[] keepY) {
        int n = endX - start;
        int m = endY - start;
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = same(x, start + i, y, start + j) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(x, start + i, y, start + j)) {
                keepX[start + i++] = true;
                keepY[start + j++] = true;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** The text cut at the edges of marked runs; the spaces between two marked words stay inside the run. */
    private static List<Span> spans(String text, List<Word> words, boolean[] keep) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            if (keep[i]) continue;
            int last = i;
            while (last + 1 < words.size() && !keep[last + 1]) last++;
            if (words.get(i).start() > at) out.add(new Span(text.substring(at, words.get(i).start()), false));
            out.add(new Span(text.substring(words.get(i).start(), words.get(last).end()), true));
            at = words.get(last).end();
            i = last;
        }
        if (at < text.length()) out.add(new Span(text.substring(at), false));
        return out;
    }

    /** Between two consecutive kept pairs, whatever either side has that is not kept is one change. */
    private static List<Change> changes(List<Word> x, List<Word> y, boolean[] keepX, boolean[] keepY) {
        List<Change> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            int i0 = i;
            int j0 = j;
            while (i < x.size() && !keepX[i]) i++;
            while (j < y.size() && !keepY[j]) j++;
            if (i > i0 || j > j0) out.add(new Change(withContext(x, i0, i), withContext(y, j0, j)));
            i++;
            j++;
        }
        return out;
    }

    /** Words from..to with the nearest word before and after, so "3" reads as "of 3 workers" (and an absence as "of workers"). */
    private static String withContext(List<Word> words, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = Math.max(0, from - 1); k < Math.min(words.size(), to + 1); k++) out.append(out.length() == 0 ? "" : " ").append(words.get(k).text());
        return out.toString();
    }
}
