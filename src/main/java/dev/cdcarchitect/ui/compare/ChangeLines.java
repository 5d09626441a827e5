package dev.cdcarchitect.ui.compare;

import dev.cdcarchitect.compare.DesignDiff;
import dev.cdcarchitect.compare.MultiComparison;
import dev.cdcarchitect.compare.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comparison's decision changes as lines for a list: a heading per compared design (when several), a section
 * label per spec section that has changes ("Section 4 · Event Streaming Topology…", never a bare number before each
 * line), then each decision with its before → after values. Toolkit-free, so it is tested without a window.
 */
final class ChangeLines {

    enum Style { DESIGN, SECTION, DECISION, VALUE }

    /** One line of the list; {@code toString} is its text (what a screen reader and a copy get). */
    record Line(String text, Style style) {
        @Override
        public String toString() {
            return text;
        }
    }

    private ChangeLines() {}

    static List<Line> of(MultiComparison comparison) {
        List<Line> out = new ArrayList<>();
        boolean several = comparison.diffs().size() > 1;
        for (DesignDiff diff : comparison.diffs()) {
            if (several) out.add(new Line("'" + diff.nameB() + "' compared with the baseline '" + diff.nameA() + "'", Style.DESIGN));
            boolean any = false;
            for (DesignDiff.SectionChanges s : diff.sections()) {
                if (s.changes().isEmpty()) continue;
                any = true;
                out.add(new Line("Section " + s.section().number() + " · " + s.section().heading(), Style.SECTION));
                for (DesignDiff.DecisionChange c : s.changes()) decision(out, diff, c);
            }
            if (!any) out.add(new Line("No decision differs.", Style.DECISION));
        }
        return out;
    }

    private static void decision(List<Line> out, DesignDiff diff, DesignDiff.DecisionChange c) {
        String what = switch (c.kind()) {
            case ADDED -> "added in '" + diff.nameB() + "'";
            case REMOVED -> "only in '" + diff.nameA() + "'";
            case CHANGED -> "changed";
        };
        out.add(new Line(what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + " " + c.id() + ": " + c.title(), Style.DECISION));
        for (WordDiff.Change w : c.wording()) out.add(new Line(shown(w.a()) + "  →  " + shown(w.b()), Style.VALUE));
        for (DesignDiff.ConfigChange cc : c.config()) {
            out.add(new Line(cc.key() + " (" + cc.place() + "): " + (cc.a() == null ? "not set" : cc.a()) + "  →  "
                    + (cc.b() == null ? "not set" : cc.b()), Style.VALUE));
        }
    }

    private static String shown(String words) {
        return words.isEmpty() ? "(nothing)" : "“" + words + "”";
    }
}
