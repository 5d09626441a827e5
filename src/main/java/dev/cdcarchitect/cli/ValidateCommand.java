package dev.cdcarchitect.cli;

import dev.cdcarchitect.connect.ConnectRestClient;
import dev.cdcarchitect.connect.ConnectUnavailableException;
import dev.cdcarchitect.connect.ConnectUrl;
import dev.cdcarchitect.connect.ConnectValidation;
import dev.cdcarchitect.connect.ConnectorFile;
import dev.cdcarchitect.connect.DesignedVersions;
import dev.cdcarchitect.connect.ExportedConnectors;
import dev.cdcarchitect.connect.ValidationReport;
import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** {@code validate --connect-url}: Kafka Connect's own validation of every exported connector config; read-only. */
final class ValidateCommand implements Callable<Integer> {

    private CommandSpec spec;

    static CommandSpec spec() {
        ValidateCommand command = new ValidateCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        command.spec = spec;
        spec.name("validate");
        spec.usageMessage()
                .description("Send each connector config of the design's export (or of an exported folder, --configs) to a Kafka",
                        "Connect cluster's PUT /connector-plugins/{class}/config/validate and list, per file and field, what",
                        "Connect rejects, which plugins the cluster lacks and which run another version than the design's",
                        "(Debezium " + DesignedVersions.DEBEZIUM + "). Read-only: it never creates a connector. ${file:...} and",
                        "${env:...} references are sent as written (the cluster resolves them); no secret leaves this machine.")
                .footer("%nExit codes: 0 every config valid, 8 a finding (field error, missing plugin, version mismatch),",
                        "9 Kafka Connect could not be asked (unreachable, login refused), 2 bad input, 3 refused as unsafe.",
                        "%nExample:%n  cdc-architect validate --connect-url http://connect.staging:8083 --configs ./exported")
                .sortOptions(false);
        spec.addOption(OptionSpec.builder("--connect-url").paramLabel("URL").type(String.class).required(true)
                .description("Kafka Connect's REST URL, e.g. http://HOST:8083 (a login as https://USER:PASSWORD@HOST is sent as",
                        "Basic authentication and never printed).").build());
        spec.addOption(OptionSpec.builder("--configs").paramLabel("DIR").type(Path.class)
                .description("Validate this exported folder's connect/*.json (after your edits) instead of designing from text.").build());
        InputTexts.addTo(spec);
        spec.addOption(OptionSpec.builder("--timeout").paramLabel("SECONDS").type(int.class).defaultValue("30")
                .description("How long to wait for each answer (default: ${DEFAULT-VALUE}).").build());
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConnectUrl url;
        try {
            url = ConnectUrl.parse(spec.findOption("--connect-url").getValue());
        } catch (IllegalArgumentException e) {
            throw new InputProblem("--connect-url", e.getMessage(), "Give Kafka Connect's REST URL, e.g. http://localhost:8083.");
        }
        int timeout = spec.findOption("--timeout").getValue();
        if (timeout <= 0) throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds.");
        List<ConnectorFile> connectors;
        Path folder = spec.findOption("--configs").getValue();
        if (folder != null) {
            if (spec.findOption("--source").getValue() != null || spec.findOption("--target").getValue() != null
                    || spec.findOption("--source-file").getValue() != null || spec.findOption("--target-file").getValue() != null) {
                throw new ParameterException(spec.commandLine(), "Use either --configs or --source/--target, not both.");
            }
            try {
                connectors = ExportedConnectors.of(folder);
            } catch (IllegalArgumentException e) {
                throw new InputProblem("--configs", e.getMessage(), "Export the design with 'export --format configs --out DIR' and give that DIR.");
            }
        } else {
            InputTexts.Texts texts = InputTexts.read(spec);
            DesignResult result = new DesignService().design(texts.source(), texts.target());
            if (result instanceof DesignResult.Refusal) {
                out.print(DesignResult.REFUSAL_JSON);
                out.flush();
                return ExitCodes.REFUSED;
            }
            connectors = ExportedConnectors.of((DesignResult.Generated) result);
        }
        if (connectors.isEmpty()) {
            out.println("The design runs no connector on Kafka Connect (e.g. Debezium Server): nothing to validate.");
            out.flush();
            return ExitCodes.SPEC;
        }
        ValidationReport report;
        try {
            report = new ConnectValidation(new ConnectRestClient(url, Duration.ofSeconds(timeout)), DesignedVersions.current())
                    .validate(connectors, line -> { });
        } catch (ConnectUnavailableException e) {
            spec.commandLine().getErr().println("cdc-architect: " + e.getMessage());
            return ExitCodes.CONNECT_UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            spec.commandLine().getErr().println("cdc-architect: interrupted while waiting for Kafka Connect at " + url.shown() + ".");
            return ExitCodes.CONNECT_UNAVAILABLE;
        }
        report.lines().forEach(out::println);
        out.flush();
        return report.passed() ? ExitCodes.SPEC : ExitCodes.CONNECT_FINDINGS;
    }
}
