package dev.cdcarchitect.export.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Grafana dashboard (JSON model, https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/)
 * with one row per pipeline stage: source database, source connector, Kafka topics and Connect, one row per sink,
 * dead-letter queues. Each panel plots the measured side of an alert rule, so the dashboard uses exactly the rules'
 * metrics; a stage without a rule gets a text panel saying why.
 */
final class GrafanaDashboard {

    static final String FILE = "grafana-dashboard.json";
    private static final int WIDTH = 24;
    private static final int PANEL_WIDTH = 8;
    private static final int PANEL_HEIGHT = 8;

    private GrafanaDashboard() {}

    static Map<String, Object> document(String title, String uid, List<AlertRule> rules, List<String> sinks, String noSourceMetrics) {
        Layout layout = new Layout();
        row(layout, Stage.SOURCE_DATABASE.title(), select(rules, Stage.SOURCE_DATABASE, null), noSourceMetrics);
        row(layout, Stage.CONNECTOR.title(), select(rules, Stage.CONNECTOR, null), "No Debezium connector reports JMX metrics in this design.");
        row(layout, Stage.KAFKA_TOPICS.title(), select(rules, Stage.KAFKA_TOPICS, null), "Nothing runs on Kafka Connect in this design.");
        for (String sink : sinks) row(layout, "Sink: " + sink, select(rules, Stage.SINK, sink), "No Kafka consumer group feeds this sink.");
        row(layout, Stage.DLQ.title(), select(rules, Stage.DLQ, null), "No sink in this design has a dead-letter topic.");

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", title);
        doc.put("uid", uid);
        doc.put("tags", List.of("cdc", "debezium", "kafka-connect"));
        doc.put("timezone", "browser");
        doc.put("schemaVersion", 39);
        doc.put("editable", true);
        doc.put("time", ordered("from", "now-6h", "to", "now"));
        doc.put("refresh", "1m");
        doc.put("templating", Map.of("list", List.of(datasourceVariable())));
        doc.put("panels", layout.panels);
        return doc;
    }

    /** Rules of a stage (of one sink for sink rows), one panel per distinct measured query. */
    private static List<AlertRule> select(List<AlertRule> rules, Stage stage, String sink) {
        Set<String> seen = new LinkedHashSet<>();
        List<AlertRule> out = new ArrayList<>();
        for (AlertRule r : rules) {
            if (r.stage() != stage) continue;
            if (sink != null && !sink.equals(r.sinkLabel())) continue;
            if (seen.add(r.panelQuery())) out.add(r);
        }
        return out;
    }

    private static final class Layout {
        final List<Object> panels = new ArrayList<>();
        int y;
        int id = 1;
    }

    private static void row(Layout layout, String title, List<AlertRule> rules, String whenEmpty) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", layout.id++);
        row.put("type", "row");
        row.put("title", title);
        row.put("collapsed", false);
        row.put("gridPos", grid(0, layout.y, WIDTH, 1));
        row.put("panels", List.of());
        layout.panels.add(row);
        layout.y += 1;
        if (rules.isEmpty()) {
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("id", layout.id++);
            text.put("type", "text");
            text.put("title", title);
            text.put("gridPos", grid(0, layout.y, WIDTH, 3));
            text.put("options", ordered("mode", "markdown", "content", whenEmpty));
            layout.panels.add(text);
            layout.y += 3;
            return;
        }
        int x = 0;
        for (AlertRule r : rules) {
            if (x + PANEL_WIDTH > WIDTH) {
                x = 0;
                layout.y += PANEL_HEIGHT;
            }
            layout.panels.add(panel(layout.id++, r, grid(x, layout.y, PANEL_WIDTH, PANEL_HEIGHT)));
            x += PANEL_WIDTH;
        }
        layout.y += PANEL_HEIGHT;
    }

    private static Map<String, Object> panel(int id, AlertRule r, Map<String, Object> gridPos) {
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("id", id);
        panel.put("type", "timeseries");
        panel.put("title", RunbookWriter.words(r.name()) + (r.sinkLabel().isEmpty() ? "" : ": " + r.sinkLabel()));
        panel.put("description", r.derivation());
        panel.put("datasource", datasource());
        panel.put("gridPos", gridPos);
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("refId", "A");
        target.put("datasource", datasource());
        target.put("expr", r.panelQuery());
        panel.put("targets", List.of(target));
        return panel;
    }

    private static Map<String, Object> datasource() {
        Map<String, Object> ds = new LinkedHashMap<>();
        ds.put("type", "prometheus");
        ds.put("uid", "${datasource}");
        return ds;
    }

    private static Map<String, Object> datasourceVariable() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", "datasource");
        v.put("label", "Prometheus");
        v.put("type", "datasource");
        v.put("query", "prometheus");
        return v;
    }

    /** Insertion-ordered, so the JSON is byte-identical run to run (Map.of iterates in a per-run order). */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static Map<String, Object> grid(int x, int y, int w, int h) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("h", h);
        g.put("w", w);
        g.put("x", x);
        g.put("y", y);
        return g;
    }
}
