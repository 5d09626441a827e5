package dev.cdcarchitect.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * What a consumer group's member rows show, for the window and the exported diagram alike: one row per member with
 * a cell per partition it reads (up to {@link #MAX_CELLS}, then "+N"), "idle" for a member without partitions, and
 * past {@link #MAX_ROWS} members a last "… N more members" row.
 */
public record MemberRowPlan(String label, List<Boolean> cells, String after) {

    public static final int MAX_ROWS = 6;
    public static final int MAX_CELLS = 14;

    public MemberRowPlan {
        cells = List.copyOf(cells);
    }

    /** Rows drawn for a group of this many members (the last one may be the "more members" line). */
    public static int rows(int members) {
        return members <= MAX_ROWS ? members : MAX_ROWS + 1;
    }

    /** The rows for these members, in assignor order; a cell is {@code true} where it belongs to an aggregated topic. */
    public static List<MemberRowPlan> of(List<RangeAssignment.Member> members) {
        List<MemberRowPlan> rows = new ArrayList<>();
        int shown = Math.min(members.size(), MAX_ROWS);
        for (RangeAssignment.Member member : members.subList(0, shown)) rows.add(row(member));
        if (shown < members.size()) rows.add(new MemberRowPlan("\u2026 " + (members.size() - shown) + " more members", List.of(), ""));
        return List.copyOf(rows);
    }

    private static MemberRowPlan row(RangeAssignment.Member member) {
        String label = "member " + (member.index() + 1);
        if (member.idle()) return new MemberRowPlan(label, List.of(), "idle");
        List<Boolean> cells = new ArrayList<>();
        for (RangeAssignment.Share share : member.shares()) {
            for (int i = 0; i < share.partitions() && cells.size() < MAX_CELLS; i++) cells.add(share.copies() != 1);
        }
        int rest = member.partitions() - cells.size();
        return new MemberRowPlan(label, cells, rest > 0 ? "+" + rest : "");
    }
}
