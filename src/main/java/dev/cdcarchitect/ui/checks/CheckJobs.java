package dev.cdcarchitect.ui.checks;

import dev.cdcarchitect.connect.ConnectRestClient;
import dev.cdcarchitect.connect.ConnectUrl;
import dev.cdcarchitect.connect.ConnectValidation;
import dev.cdcarchitect.connect.ConnectorFile;
import dev.cdcarchitect.connect.DesignedVersions;
import dev.cdcarchitect.connect.ExportedConnectors;
import dev.cdcarchitect.connect.ValidationReport;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.RehearsalReport;
import dev.cdcarchitect.rehearse.check.Check;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The window's two checks as jobs for {@link CheckRunViewModel}; the design is copied in on the FX thread. */
final class CheckJobs {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private CheckJobs() {}

    static CheckRunViewModel.Job rehearsal(RehearsalRunner runner, DesignResult.Generated design) {
        return progress -> {
            RehearsalReport report = runner.run(design, progress);
            List<String> lines = new ArrayList<>();
            for (Check c : report.checks()) lines.add(c.line());
            for (String s : report.substitutions()) lines.add("local " + s);
            long passed = report.checks().stream().filter(Check::passed).count();
            return new CheckRunViewModel.Result(lines, report.passed(), passed + " of " + report.checks().size() + " checks passed; start-up "
                    + seconds(report.startup()) + ", workload " + seconds(report.workload()));
        };
    }

    static CheckRunViewModel.Job validation(String connectUrl, DesignResult.Generated design) {
        return progress -> {
            ConnectUrl url = ConnectUrl.parse(connectUrl);
            List<ConnectorFile> connectors = ExportedConnectors.of(design);
            if (connectors.isEmpty()) {
                return new CheckRunViewModel.Result(List.of(), true, "The design runs no connector on Kafka Connect (e.g. Debezium Server): nothing to validate.");
            }
            ValidationReport report = new ConnectValidation(new ConnectRestClient(url, CONNECT_TIMEOUT), DesignedVersions.current())
                    .validate(connectors, progress);
            List<String> lines = report.lines();
            return new CheckRunViewModel.Result(lines.subList(0, lines.size() - 1), report.passed(), lines.get(lines.size() - 1));
        };
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
