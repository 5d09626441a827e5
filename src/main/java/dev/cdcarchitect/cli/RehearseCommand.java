package dev.cdcarchitect.cli;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ExportedFolder;
import dev.cdcarchitect.rehearse.check.Check;
import dev.cdcarchitect.rehearse.RehearsalMarkdown;
import dev.cdcarchitect.rehearse.RehearsalComponents;
import dev.cdcarchitect.rehearse.RehearsalOptions;
import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;
import dev.cdcarchitect.rehearse.Rehearsal;
import dev.cdcarchitect.rehearse.RehearsalException;
import dev.cdcarchitect.rehearse.RehearsalReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rehearse}: runs the design's exported configuration on real local components and checks what it does. */
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
                        "exported Debezium source connector, a scripted workload, every sink's contract, and one line per check.",
                        "MariaDB/MySQL sources run on a throwaway MariaDB (Debian package mariadb-server) with Debezium's MariaDB",
                        "connector; Debezium Server designs on Debezium's embedded engine; sources with no local server (Oracle,",
                        "SQL Server, Db2, MongoDB, Cassandra) get their sinks' contracts on sample records only, and say so.")
                .footer("%nExit codes: 0 every check passed, 6 a check failed, 7 the rehearsal could not run (e.g. PostgreSQL",
                        "or MariaDB not installed, or the rehearsal add-on not installed), 2 bad input, 3 refused as unsafe.")
                .sortOptions(false);
        InputTexts.addTo(spec);
        spec.addOption(OptionSpec.builder("--configs").paramLabel("DIR").type(Path.class)
                .description("Rehearse this exported folder (export --format configs) as it is now, with your own edits,",
                        "instead of the configuration generated from the texts. The texts still give the database setup.").build());
        spec.addOption(OptionSpec.builder("--source-url").paramLabel("JDBC-URL").type(String.class)
                .description("Rehearse on your own DEVELOPMENT PostgreSQL (jdbc:postgresql://HOST:PORT/DB; user and password",
                        "from the URL or PGUSER/PGPASSWORD) instead of a throwaway server. It creates the spec's role, publication,",
                        "tables and a replication slot there and drops them afterwards. Never point it at production.").build());
        spec.addOption(OptionSpec.builder("--rate").paramLabel("N").type(Integer.class)
                .description("After the scripted workload, insert N rows/s (each its own commit) and report commit-to-Kafka",
                        "latency p50/p99 against the design's p99 objective, and the connector's lag.").build());
        spec.addOption(OptionSpec.builder("--rate-seconds").paramLabel("S").type(Integer.class).defaultValue("30")
                .description("How long the --rate run lasts (default: ${DEFAULT-VALUE} s).").build());
        spec.addOption(OptionSpec.builder("--bootstrap-servers").paramLabel("HOST:PORT[,...]").type(String.class)
                .description("Rehearse on your STAGING Kafka cluster instead of an in-process broker (needs --connect-url). The",
                        "rehearsal creates only topics named cdcrehearsal_<time>_<random>.* there and deletes them afterwards.").build());
        spec.addOption(OptionSpec.builder("--connect-url").paramLabel("URL").type(String.class)
                .description("Kafka Connect REST URL of that staging cluster (http[s]://[USER:PASSWORD@]HOST:8083; needs",
                        "--bootstrap-servers). Its connectors are named with the same run id and deleted afterwards. Its workers",
                        "must reach the source database: a throwaway PostgreSQL works only when Connect runs on this machine.",
                        "PostgreSQL designs only.").build());
        spec.addOption(OptionSpec.builder("--keep").arity("0")
                .description("With --bootstrap-servers/--connect-url: leave the run's connectors and topics on the cluster; the",
                        "report lists them and how to delete them.").build());
        spec.addOption(OptionSpec.builder("--out").paramLabel("FILE").type(Path.class)
                .description("Also write the report as Markdown to FILE (replaced atomically).").build());
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        try {
            RehearsalComponents.requireInstalled(); // the optional add-on (docs/decisions/0016), before any of its classes
        } catch (RehearsalException e) {
            return notRun(e);
        }
        InputTexts.Texts texts = InputTexts.read(spec);
        DesignResult result = new DesignService().design(texts.source(), texts.target());
        PrintWriter out = spec.commandLine().getOut();
        if (result instanceof DesignResult.Refusal) {
            out.print(DesignResult.REFUSAL_JSON);
            out.flush();
            return ExitCodes.REFUSED;
        }
        DesignResult.Generated design = (DesignResult.Generated) result;
        Path configs = spec.findOption("--configs").getValue();
        Path reportFile = spec.findOption("--out").getValue();
        if (reportFile != null) OutputFile.checkWritable(reportFile);
        ConfigBundle bundle;
        try {
            bundle = configs == null ? new ConfigBundleBuilder().build(design) : ExportedFolder.read(configs);
        } catch (IllegalArgumentException e) {
            throw new InputProblem("--configs", e.getMessage(), "Export the design with 'export --format configs --out DIR' and edit that folder.");
        }
        RehearsalOptions options = options();
        if (options.staging() != null && Rehearsal.kindOf(design) != Rehearsal.Kind.POSTGRES_ON_CONNECT) {
            throw new InputProblem("--connect-url", Rehearsal.stagingRefused(Rehearsal.kindOf(design)), Rehearsal.STAGING_REFUSED_HINT);
        }
        boolean postgresOnly = configs != null || options.sourceUrl() != null || options.rate() > 0;
        if (postgresOnly && Rehearsal.kindOf(design) != Rehearsal.Kind.POSTGRES_ON_CONNECT) {
            throw new InputProblem(configs != null ? "--configs" : options.sourceUrl() != null ? "--source-url" : "--rate",
                    "this option rehearses PostgreSQL designs on Kafka Connect only so far.", "Leave it out for this design.");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (options.sourceUrl() != null) {
            err.println("cdc-architect: WARNING --source-url: the rehearsal creates a role, a publication, example tables and a replication "
                    + "slot in that database, writes rows, and drops what it created at the end. Use a development database, never production.");
        }
        if (options.staging() != null) {
            err.println("cdc-architect: WARNING --connect-url: the rehearsal creates connectors and topics named cdcrehearsal_<time>_<random> "
                    + "on that cluster, writes change events to them, and deletes them at the end" + (options.staging().keep() ? " unless --keep (given: "
                    + "they stay)" : "") + ". Use a staging cluster, never production.");
        }
        RehearsalReport report;
        try {
            // Checks go to standard output as they happen; the steps between them to standard error.
            java.util.function.Consumer<String> progress = line -> {
                PrintWriter to = line.startsWith("… ") ? err : out;
                to.println(line);
                to.flush();
            };
            report = new Rehearsal().run(design, bundle, options, progress);
        } catch (RehearsalException e) {
            return notRun(e);
        }
        for (String s : report.substitutions()) out.println("local " + s);
        for (String s : report.notProven()) out.println("not proven: " + s);
        long passed = report.checks().stream().filter(Check::passed).count();
        out.println(passed + " of " + report.checks().size() + " checks passed; start-up " + seconds(report.startup().toMillis())
                + ", workload " + seconds(report.workload().toMillis()));
        out.flush();
        if (reportFile != null) {
            try {
                OutputFile.write(reportFile, RehearsalMarkdown.render(design.spec().title(), report));
                err.println("Wrote " + reportFile);
            } catch (java.io.IOException e) {
                err.println("cdc-architect: the report was not written to " + reportFile + ": " + OutputFile.describe(e));
                return ExitCodes.INTERNAL_ERROR;
            }
        }
        return report.passed() ? ExitCodes.SPEC : ExitCodes.REHEARSAL_FAILED;
    }

    private int notRun(RehearsalException e) {
        spec.commandLine().getErr().println("cdc-architect: the rehearsal could not run: " + e.getMessage());
        return ExitCodes.REHEARSAL_NOT_RUN;
    }

    private RehearsalOptions options() {
        Integer rate = spec.findOption("--rate").getValue();
        int seconds = spec.findOption("--rate-seconds").<Integer>getValue();
        String sourceUrl = spec.findOption("--source-url").getValue();
        if (sourceUrl != null && !RehearsalOptions.isPostgresUrl(sourceUrl)) {
            throw new InputProblem("--source-url", "it is not a PostgreSQL JDBC URL.", "Give jdbc:postgresql://HOST:PORT/DATABASE (PostgreSQL sources only).");
        }
        if (rate != null && rate < 1) {
            throw new InputProblem("--rate", "the rate must be at least 1 row change/s, not " + rate + ".", "Leave --rate out to skip the paced run.");
        }
        RehearsalOptions.Staging staging = staging();
        try {
            return new RehearsalOptions(rate == null ? 0 : rate, java.time.Duration.ofSeconds(seconds), sourceUrl, staging);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(rate != null && (rate < 1 || rate > RehearsalOptions.MAX_RATE) ? "--rate" : "--rate-seconds",
                    e.getMessage(), "Give a rate between 1 and " + RehearsalOptions.MAX_RATE + " and a duration between 1 and 600 s.");
        }
    }

    /** --bootstrap-servers and --connect-url only together (topics and the records need the brokers, connectors need Connect). */
    private RehearsalOptions.Staging staging() {
        String bootstrap = spec.findOption("--bootstrap-servers").getValue();
        String connectUrl = spec.findOption("--connect-url").getValue();
        boolean keep = Boolean.TRUE.equals(spec.findOption("--keep").getValue());
        if (bootstrap == null && connectUrl == null) {
            if (keep) throw new InputProblem("--keep", "--keep only applies to a rehearsal on your cluster.", "Give --bootstrap-servers and --connect-url too, or leave --keep out.");
            return null;
        }
        if (connectUrl == null) {
            throw new InputProblem("--bootstrap-servers", "it needs --connect-url: the connectors run on your Kafka Connect cluster.",
                    "Add --connect-url http://HOST:8083 (the Connect REST URL of the same cluster).");
        }
        if (bootstrap == null) {
            throw new InputProblem("--connect-url", "it needs --bootstrap-servers: the rehearsal creates the design's topics and reads the "
                    + "change events on the brokers.", "Add --bootstrap-servers HOST:9092 (the brokers your Connect cluster writes to).");
        }
        if (!bootstrap.strip().matches("[^\\s,:/@]+:\\d{1,5}(\\s*,\\s*[^\\s,:/@]+:\\d{1,5})*")) {
            throw new InputProblem("--bootstrap-servers", "it is not a list of HOST:PORT.", "Give e.g. broker1:9092,broker2:9092 (no scheme, no credentials).");
        }
        try {
            dev.cdcarchitect.connect.ConnectUrl.parse(connectUrl);
        } catch (IllegalArgumentException e) {
            throw new InputProblem("--connect-url", e.getMessage(), "Give the Connect REST URL, e.g. http://connect.staging.example.com:8083.");
        }
        return new RehearsalOptions.Staging(bootstrap.strip(), connectUrl.strip(), keep);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
