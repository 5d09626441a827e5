package dev.cdcarchitect.cli;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.Check;
import dev.cdcarchitect.rehearse.MariaDbRehearsal;
import dev.cdcarchitect.rehearse.PostgresRehearsal;
import dev.cdcarchitect.rehearse.RehearsalException;
import dev.cdcarchitect.rehearse.RehearsalReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rehearse}: runs the design's exported source connector on real local components and checks its events. */
final class RehearseCommand implements Callable<Integer> {

    private CommandSpec spec;

    static CommandSpec spec() {
        RehearseCommand command = new RehearseCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        command.spec = spec;
        spec.name("rehearse");
        spec.usageMessage()
                .description("Rehearse the design on real components on this machine: a throwaway PostgreSQL (Debian package",
                        "postgresql) with the spec's settings and SQL, an in-process Kafka broker and Connect worker running the",
                        "exported Debezium source connector, a small workload, and one line per check. PostgreSQL sources, and",
                        "MariaDB/MySQL sources on a throwaway MariaDB (Debian package mariadb-server) with Debezium's MariaDB connector.")
                .footer("%nExit codes: 0 every check passed, 6 a check failed, 7 the rehearsal could not run (e.g. PostgreSQL",
                        "or MariaDB not installed), 2 bad input, 3 refused as unsafe.")
                .sortOptions(false);
        InputTexts.addTo(spec);
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        InputTexts.Texts texts = InputTexts.read(spec);
        DesignResult result = new DesignService().design(texts.source(), texts.target());
        PrintWriter out = spec.commandLine().getOut();
        if (result instanceof DesignResult.Refusal) {
            out.print(DesignResult.REFUSAL_JSON);
            out.flush();
            return ExitCodes.REFUSED;
        }
        RehearsalReport report;
        try {
            DesignResult.Generated design = (DesignResult.Generated) result;
            report = MariaDbRehearsal.covers(design) ? new MariaDbRehearsal().run(design) : new PostgresRehearsal().run(design);
        } catch (RehearsalException e) {
            spec.commandLine().getErr().println("cdc-architect: the rehearsal could not run: " + e.getMessage());
            return ExitCodes.REHEARSAL_NOT_RUN;
        }
        for (Check c : report.checks()) out.println(c.line());
        for (String s : report.substitutions()) out.println("local " + s);
        long passed = report.checks().stream().filter(Check::passed).count();
        out.println(passed + " of " + report.checks().size() + " checks passed; start-up " + seconds(report.startup().toMillis())
                + ", workload " + seconds(report.workload().toMillis()));
        out.flush();
        return report.passed() ? ExitCodes.SPEC : ExitCodes.REHEARSAL_FAILED;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
