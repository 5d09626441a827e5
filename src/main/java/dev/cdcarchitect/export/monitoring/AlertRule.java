package dev.cdcarchitect.export.monitoring;

/**
 * One Prometheus alerting rule with what it is for: the threshold's derivation goes into the annotations, the
 * anchor names the runbook section, the stage places its panel on the dashboard.
 *
 * @param name       the alert name (CamelCase, unique in the file)
 * @param expr       the PromQL expression; fires while it returns a series
 * @param forDuration how long the condition must hold ("5m"), or "0m"
 * @param severity   "critical" (pages) or "warning" (a ticket)
 * @param summary    one line with the labels that identify what broke
 * @param derivation how the threshold follows from this design, in words a reviewer can check
 * @param meaning    what the alert means (runbook)
 * @param action     what to do (runbook)
 * @param stage      where it belongs on the dashboard
 * @param sinkLabel  the sink (target label) a {@link Stage#SINK} rule watches, else empty
 * @param panelQuery the expression a dashboard panel plots (the measured value, without the comparison)
 */
record AlertRule(String name, String expr, String forDuration, String severity, String summary, String derivation,
                 String meaning, String action, Stage stage, String sinkLabel, String panelQuery) {

    /** The runbook section's anchor: the alert name in kebab case ("ConnectorTaskFailed" -> "connector-task-failed"). */
    String anchor() {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
