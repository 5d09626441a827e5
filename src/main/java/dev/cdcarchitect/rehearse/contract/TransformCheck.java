package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SMT chain's own result: classes that load and accept their settings, and records that pass without error. */
final class TransformCheck {

    private TransformCheck() {}

    static List<Check> check(ExportedSink sink, TransformChain chain, List<Passage> passages) {
        List<Check> out = new ArrayList<>();
        for (TransformChain.Problem p : chain.problems()) {
            out.add(Finding.fail(sink, "transforms", p.setting(), p.what(), null, p.fix(), TransformChain.DOC));
        }
        if (!chain.notRun().isEmpty()) {
            out.add(Finding.notRun(sink, "transforms", String.join("; ", chain.notRun()) + ". The record checks of this sink's contract "
                    + "(document id, tombstones, table names) were not run, because they would not see what the sink sees"));
        }
        Passage failed = passages.stream().filter(Passage::failed).findFirst().orElse(null);
        if (failed != null) {
            long count = passages.stream().filter(Passage::failed).count();
            boolean tolerated = sink.get("errors.tolerance", "none").strip().equals("all");
            out.add(Finding.fail(sink, "transforms", "transforms=" + sink.get("transforms", ""), count + " of " + passages.size()
                    + " records failed: " + failed.error() + (tolerated ? " (with errors.tolerance=all they go to the DLQ instead of the target)"
                    : " (the task stops)"), failed, "correct the transform settings so every change event passes", TransformChain.DOC));
        } else if (chain.complete()) {
            Map<String, Integer> dropped = new LinkedHashMap<>();
            passages.stream().filter(p -> p.droppedBy() != null).forEach(p -> dropped.merge(p.droppedBy(), 1, Integer::sum));
            long delivered = passages.stream().filter(Passage::delivered).count();
            out.add(Finding.pass(sink, "transforms", passages.size() + " records through " + chain.aliases() + ": " + delivered + " delivered"
                    + (dropped.isEmpty() ? "" : ", dropped " + dropped)
                    + (chain.filled().isEmpty() ? "" : "; " + String.join("; ", chain.filled())), TransformChain.DOC));
        }
        return out;
    }
}
