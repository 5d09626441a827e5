package dev.cdcarchitect.export;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.time.LocalDate;

/** Designs and fixed options for export tests (a fixed date keeps documents comparable byte for byte). */
final class ExportFixtures {

    static final LocalDate DATE = LocalDate.of(2026, 11, 26);
    static final DesignExporter.Options A4 = new DesignExporter.Options(dev.cdcarchitect.export.pdf.Paper.A4, DATE);

    private ExportFixtures() {}

    static DesignResult.Generated design(GoldenDesigns.Case c) {
        return design(c.source(), c.target());
    }

    static DesignResult.Generated design(String source, String target) {
        if (new DesignService().design(source, target) instanceof DesignResult.Generated g) return g;
        throw new AssertionError("refused: " + source + " / " + target);
    }

    static DesignResult.Generated seed() {
        return design(GoldenDesigns.ALL.get(0));
    }
}
