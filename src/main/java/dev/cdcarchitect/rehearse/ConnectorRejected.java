package dev.cdcarchitect.rehearse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Kafka Connect refused a connector config: per setting, what Connect said and what to do, with the exported file the
 * setting lives in, so a hand edit that broke it is found at once.
 */
public final class ConnectorRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One setting Connect rejected; {@code value} is null when the setting is absent. */
    public record Problem(String setting, String value, String error) {

        /** Class settings name a plugin: a connector, converter, transform, predicate or config provider. */
        String fix() {
            boolean classSetting = setting.equals("connector.class") || setting.endsWith(".type") || setting.endsWith(".class")
                    || setting.endsWith("converter");
            if (classSetting || error.contains("could not be found") || error.contains("Failed to find any class")) {
                return "correct the class name, or install the plugin that provides it on every worker (plugin.path) and restart them";
            }
            return value == null ? "add the setting with a valid value" : "correct the value (Connect's rule is quoted before)";
        }
    }

    private final transient List<Problem> problems;

    ConnectorRejected(List<Problem> problems) {
        super(problems.stream().map(p -> p.setting() + ": " + p.error()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** @param file the exported file of the connector, e.g. {@code connect/app-postgres-source.json} */
    public String describe(String file) {
        return problems.stream().map(p -> file + ": " + p.setting() + (p.value() == null ? " (not set)" : "=" + p.value())
                + " — " + p.error() + " Fix: " + p.fix() + ".").collect(Collectors.joining(" "));
    }
}
