package dev.cdcarchitect.export.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.cdcarchitect.domain.DesignResult;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Monitoring as code for one design: Prometheus alerting rules with thresholds derived from the design, a runbook
 * the rules link to, a Grafana dashboard over the same metrics, and the JMX exporter configuration that produces the
 * Connect and Debezium metric names. Depends on the domain only; rendering is pure, so the same design gives the
 * same bytes.
 */
public final class MonitoringBundleBuilder {

    public static final String JMX_FILE = "jmx-exporter-kafka-connect.yml";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)); // one line per expression: easier to read and diff

    /** The files of the monitoring folder, by path inside it, in a fixed order. */
    public Map<String, String> build(DesignResult.Generated design) {
        Thresholds thresholds = Thresholds.of(design);
        List<AlertRule> rules = AlertCatalog.rules(thresholds);
        String title = design.spec().title();
        String pipeline = thresholds.sourceConnector() != null ? thresholds.sourceConnector() : "app-" + design.input().source().engine().slug();
        List<String> sinks = thresholds.sinks().stream().map(SinkWatch::target).toList();

        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", MonitoringReadme.write(title, thresholds, rules, MonitoringReadme.used(rules)));
        files.put(RunbookWriter.FILE, RunbookWriter.write(title, rules));
        files.put(PrometheusRuleFile.FILE, write(yaml, PrometheusRuleFile.document(pipeline, rules)));
        files.put(GrafanaDashboard.FILE, write(json, GrafanaDashboard.document("CDC pipeline: " + title, uid(pipeline), rules, sinks,
                "No standard exporter reads the " + design.input().source().engine().displayName() + " "
                        + design.input().source().engine().logName() + "; the connector row's SourceLogPositionAtRisk watches its retention.")));
        files.put(JMX_FILE, write(yaml, JmxExporterConfig.document()));
        return files;
    }

    /** Grafana uids are at most 40 characters. */
    private static String uid(String pipeline) {
        String uid = "cdc-" + pipeline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return uid.length() > 40 ? uid.substring(0, 40) : uid;
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            String text = mapper.writeValueAsString(value);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
