package dev.cdcarchitect.ui.impact;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.impact.ImpactAnalyzer;
import dev.cdcarchitect.impact.ImpactInputException;
import dev.cdcarchitect.impact.ImpactReport;
import dev.cdcarchitect.impact.SchemaChange;
import dev.cdcarchitect.impact.SchemaChangeReader;

/** The background half of one impact run: read the phrase, analyse it against the design, from an immutable request. */
final class ImpactJob {

    record Request(DesignResult.Generated design, String phrase, String table) {}

    /** What the panel shows for a request: a report, or why there is none (said in the panel, never a dialog). */
    sealed interface Result {
        record Report(ImpactReport report) implements Result {}

        record Message(String text) implements Result {}
    }

    private final SchemaChangeReader reader = new SchemaChangeReader();
    private final ImpactAnalyzer analyzer = new ImpactAnalyzer();

    Result run(Request request) {
        try {
            return new Result.Report(analyzer.analyze(request.design(), read(request.phrase(), request.table())));
        } catch (ImpactInputException e) {
            return new Result.Message(e.getMessage());
        } catch (RuntimeException bug) {
            // A defect must not leave the panel silently stale: say so and keep the change as written.
            return new Result.Message("Internal error (" + bug.getClass().getSimpleName() + ": " + bug.getMessage()
                    + "). Your change is kept; please report it so it can be fixed.");
        }
    }

    /**
     * A phrase naming its own table is read as written (the Table field then follows it); otherwise the Table field
     * supplies the table. The reader's messages speak of the command line's --table; here that is the Table field.
     */
    private SchemaChange read(String phrase, String table) throws ImpactInputException {
        try {
            return reader.read(phrase, "");
        } catch (ImpactInputException withoutTable) {
            try {
                return reader.read(phrase, table);
            } catch (ImpactInputException e) {
                throw new ImpactInputException(e.getMessage().replace("give --table TABLE", "fill in the Table field")
                        .replace("--table says", "the Table field says"));
            }
        }
    }
}
