package dev.cdcarchitect.cli;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.impact.Finding;
import dev.cdcarchitect.impact.ImpactAnalyzer;
import dev.cdcarchitect.impact.ImpactInputException;
import dev.cdcarchitect.impact.ImpactMarkdownWriter;
import dev.cdcarchitect.impact.ImpactReport;
import dev.cdcarchitect.impact.SchemaChangeReader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code impact --change "…" [--table T]}: what one schema change does to each component of a design, and the runbook. */
final class ImpactCommand implements Callable<Integer> {

    private CommandSpec spec;

    static CommandSpec spec() {
        ImpactCommand command = new ImpactCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        command.spec = spec;
        spec.name("impact");
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put(String.valueOf(ExitCodes.SPEC), "the design absorbs the change (possibly with the runbook's steps)");
        codes.put(String.valueOf(ExitCodes.BAD_INPUT), "bad input or usage (a change it cannot read says which forms it reads)");
        codes.put(String.valueOf(ExitCodes.REFUSED), "the design's input was refused as unsafe");
        codes.put(String.valueOf(ExitCodes.IMPACT_BREAKS), "the change breaks this design as configured (red findings, each with its fix)");
        spec.usageMessage()
                .description("What a schema change on a captured table does to this design: the source connector, the registry (Avro's own",
                        "compatibility check), each sink, the consumers, and the runbook with the exact statements.")
                .exitCodeListHeading("%nExit codes:%n").exitCodeList(codes)
                .footer("%nChanges it reads:%n  " + String.join("%n  ", SchemaChangeReader.FORMS),
                        "%nExample:%n  cdc-architect impact --source \"PostgreSQL 14, 50TB, 10k TPS\" --target \"Kafka to Snowflake\" \\",
                        "      --change \"change orders.qty from int to bigint\"")
                .sortOptions(false);
        InputTexts.addTo(spec);
        spec.addOption(OptionSpec.builder("--input").paramLabel("FILE[#NAME]").type(String.class)
                .description("Read the two texts from a design file (--format json) or a project (#NAME picks the design).").build());
        spec.addOption(OptionSpec.builder("--change").paramLabel("TEXT").type(String.class).required(true)
                .description("The schema change, e.g. \"add column discount numeric(10,2) to orders\".").build());
        spec.addOption(OptionSpec.builder("--table").paramLabel("TABLE").type(String.class)
                .description("The table, when --change does not name it.").build());
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        InputTexts.Texts texts = DesignCommand.textsFrom(spec);
        DesignResult result = new DesignService().design(texts.source(), texts.target());
        PrintWriter stdout = spec.commandLine().getOut();
        if (result instanceof DesignResult.Refusal) {
            stdout.print(DesignResult.REFUSAL_JSON);
            stdout.flush();
            return ExitCodes.REFUSED;
        }
        String table = spec.findOption("--table").getValue();
        ImpactReport report;
        try {
            report = new ImpactAnalyzer().analyze((DesignResult.Generated) result, spec.findOption("--change").getValue(), table == null ? "" : table);
        } catch (ImpactInputException e) {
            throw new InputProblem("--change", e.getMessage(), "Write the change in one of the forms listed by impact --help.");
        }
        stdout.print(new ImpactMarkdownWriter().write(report));
        stdout.flush();
        return report.severity() == Finding.Severity.BREAKS ? ExitCodes.IMPACT_BREAKS : ExitCodes.SPEC;
    }
}
