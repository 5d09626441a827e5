package dev.cdcarchitect.cli;

import dev.cdcarchitect.compare.DesignDiff;
import dev.cdcarchitect.compare.DiffJsonWriter;
import dev.cdcarchitect.compare.DiffMarkdownWriter;
import dev.cdcarchitect.design.ComparisonService;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.project.DesignFileReader;
import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.project.ProjectFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code compare A B [C ...]}: design or project files side by side, each after the first against the first:
 * inputs, metrics, and decisions by id.
 */
final class CompareCommand implements Callable<Integer> {

    private CommandSpec spec;

    static CommandSpec spec() {
        CompareCommand command = new CompareCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        command.spec = spec;
        spec.name("compare");
        spec.usageMessage().description("Compare two or more designs: design files (design --format json) or projects (FILE#NAME picks a design).",
                "Prints the differing inputs, a metrics table and, per section, the decisions added, removed or changed.").sortOptions(false);
        spec.addPositional(PositionalParamSpec.builder().paramLabel("DESIGN").type(java.util.List.class).auxiliaryTypes(String.class).arity("2..*")
                .description("Two or more designs; each one after the first is compared with the first.").build());
        spec.addOption(OptionSpec.builder("--format").paramLabel("markdown|json").type(String.class).defaultValue("markdown")
                .description("Output format (default: ${DEFAULT-VALUE}).").build());
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        String format = spec.findOption("--format").getValue();
        if (!format.equals("markdown") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --format: '" + format + "' (use markdown or json).");
        }
        java.util.List<String> references = spec.positionalParameters().get(0).getValue();
        java.util.List<ProjectDesign> saved = new java.util.ArrayList<>();
        for (int i = 0; i < references.size(); i++) saved.add(read(references.get(i), "DESIGN " + (i + 1)));
        ComparisonService service = new ComparisonService();
        java.util.List<DesignDiff> diffs = service.compare(service.generateAll(saved, i -> "DESIGN " + (i + 1)), 0).diffs();
        StringBuilder out = new StringBuilder();
        if (format.equals("json")) {
            out.append(diffs.size() == 1 ? new DiffJsonWriter().write(diffs.get(0)) : new DiffJsonWriter().writeAll(diffs));
        } else {
            out.append(new DiffMarkdownWriter().writeAll(diffs)); // one comparison per further design, in order
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.SPEC;
    }

    private static ProjectDesign read(String reference, String which) {
        try {
            return new DesignFileReader().read(reference);
        } catch (ProjectFileException e) {
            throw new InputProblem(which, e.getMessage(), "Give a file written by design --format json or a .cdcarch.json project.");
        }
    }
}
