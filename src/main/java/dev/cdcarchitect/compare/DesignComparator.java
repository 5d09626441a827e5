package dev.cdcarchitect.compare;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.Sizing;
import dev.cdcarchitect.domain.SizingLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Compares two generated designs: decisions matched by their stable ids, settings by place and key. */
public final class DesignComparator {

    public DesignDiff compare(String nameA, DesignResult.Generated a, String nameB, DesignResult.Generated b) {
        List<DesignDiff.Row> inputs = List.of(
                row("Source database", a.input().sourceText(), b.input().sourceText()),
                row("Target systems", a.input().targetText(), b.input().targetText()));
        List<DesignDiff.SectionChanges> sections = new ArrayList<>();
        for (int i = 0; i < a.spec().sections().size(); i++) {
            sections.add(new DesignDiff.SectionChanges(a.spec().sections().get(i).kind(),
                    changes(a.spec().sections().get(i), b.spec().sections().get(i))));
        }
        return new DesignDiff(nameA, nameB, inputs, metrics(a, b), sections);
    }

    private static List<DesignDiff.Row> metrics(DesignResult.Generated a, DesignResult.Generated b) {
        Sizing sa = a.spec().sizing();
        Sizing sb = b.spec().sizing();
        return List.of(
                row("Peak change events/s", number(sa.eventsPerSecond()), number(sb.eventsPerSecond())),
                row("Throughput MB/s", decimal(sa.megabytesPerSecond()), decimal(sb.megabytesPerSecond())),
                row("Partitions, busiest table topic", String.valueOf(sa.hotTopicPartitions()), String.valueOf(sb.hotTopicPartitions())),
                row("Partitions, other table topics", String.valueOf(sa.defaultTopicPartitions()), String.valueOf(sb.defaultTopicPartitions())),
                row("Source runs on", a.input().requirements().runtime().displayName(), b.input().requirements().runtime().displayName()),
                row("Connectors (source + sinks)", connectors(a), connectors(b)),
                row("Kafka Connect workers", String.valueOf(sa.connectWorkers()), String.valueOf(sb.connectWorkers())),
                row("Consumer parallelism per sink", String.valueOf(sa.sinkTasksPerConnector()), String.valueOf(sb.sinkTasksPerConnector())),
                row("Kafka storage for retention", line(sa, "storage"), line(sb, "storage")),
                row("Initial snapshot", decimal(sa.snapshotHours()) + " h", decimal(sb.snapshotHours()) + " h"),
                row("Delivery guarantee", a.input().requirements().delivery().toString(), b.input().requirements().delivery().toString()),
                row("Ordering scope", ordering(a), ordering(b)));
    }

    private static String connectors(DesignResult.Generated d) {
        long sources = d.topology().nodesOf(NodeKind.SOURCE_CONNECTOR).size();
        long sinks = d.topology().nodesOf(NodeKind.SINK_CONNECTOR).size();
        return sources + " + " + sinks;
    }

    private static String line(Sizing sizing, String labelPart) {
        return sizing.lines().stream().filter(l -> l.label().toLowerCase(Locale.ROOT).contains(labelPart)).map(SizingLine::value).findFirst().orElse("—");
    }

    /** What ordering the design guarantees: the partition-key decision's title (e.g. per primary key). */
    private static String ordering(DesignResult.Generated d) {
        return d.spec().sections().stream().flatMap(s -> s.decisions().stream()).filter(x -> x.id().equals("kafka.partition-key"))
                .map(Decision::title).findFirst().orElse("—");
    }

    private static List<DesignDiff.DecisionChange> changes(Section a, Section b) {
        Map<String, Decision> before = byId(a);
        Map<String, Decision> after = byId(b);
        List<DesignDiff.DecisionChange> out = new ArrayList<>();
        for (Decision d : before.values()) {
            Decision other = after.get(d.id());
            if (other == null) {
                out.add(new DesignDiff.DecisionChange(DesignDiff.Kind.REMOVED, d.id(), d.title(), d.statement(), null, List.of(), List.of()));
                continue;
            }
            List<DesignDiff.ConfigChange> config = configChanges(d, other);
            // The window and the exports show these runs as before → after: the statement alone is too long to spot them.
            List<WordDiff.Change> wording = new ArrayList<>(WordDiff.of(d.title(), other.title()).changes());
            wording.addAll(WordDiff.of(d.statement(), other.statement()).changes());
            wording = wording.stream().distinct().toList(); // a title often repeats its statement's change
            if (!config.isEmpty() || !wording.isEmpty()) {
                out.add(new DesignDiff.DecisionChange(DesignDiff.Kind.CHANGED, d.id(), other.title(), d.statement(), other.statement(), wording, config));
            }
        }
        for (Decision d : after.values()) {
            if (!before.containsKey(d.id())) out.add(new DesignDiff.DecisionChange(DesignDiff.Kind.ADDED, d.id(), d.title(), null, d.statement(), List.of(), List.of()));
        }
        return out;
    }

    private static List<DesignDiff.ConfigChange> configChanges(Decision a, Decision b) {
        Map<String, ConfigEntry> before = settings(a);
        Map<String, ConfigEntry> after = settings(b);
        List<DesignDiff.ConfigChange> out = new ArrayList<>();
        before.forEach((key, entry) -> {
            ConfigEntry other = after.get(key);
            if (other == null || !Objects.equals(entry.value(), other.value())) {
                out.add(new DesignDiff.ConfigChange(place(entry), entry.key(), entry.value(), other == null ? null : other.value()));
            }
        });
        after.forEach((key, entry) -> {
            if (!before.containsKey(key)) out.add(new DesignDiff.ConfigChange(place(entry), entry.key(), null, entry.value()));
        });
        return out;
    }

    private static Map<String, ConfigEntry> settings(Decision d) {
        Map<String, ConfigEntry> map = new LinkedHashMap<>();
        for (ConfigEntry e : d.config()) map.put(place(e) + "|" + e.key(), e);
        return map;
    }

    private static String place(ConfigEntry e) {
        return e.scope().displayName() + ": " + e.component();
    }

    private static Map<String, Decision> byId(Section s) {
        Map<String, Decision> map = new LinkedHashMap<>();
        for (Decision d : s.decisions()) map.put(d.id(), d);
        return map;
    }

    private static DesignDiff.Row row(String label, String a, String b) {
        return new DesignDiff.Row(label, a, b, !Objects.equals(a, b));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String decimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
