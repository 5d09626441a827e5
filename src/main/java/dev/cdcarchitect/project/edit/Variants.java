package dev.cdcarchitect.project.edit;

import dev.cdcarchitect.project.ProjectDesign;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants: a copy of a design that changes one thing, expressed in the design's own words (the texts drive the
 * engine), so the change is visible and editable like any other input.
 */
public final class Variants {

    private static final Pattern RATE = Pattern.compile("(?i)(~?\\d[\\d,.]*\\s*[kKmM]?)\\s*(TPS|writes/s|changes/s|events/s)");

    /** The variants the Project menu offers, by the name it passes back. */
    public static final java.util.List<String> KINDS = java.util.List.of("Protobuf", "exactly-once", "at-least-once", "50k TPS",
            "Debezium Server", "Kafka Connect", "Elasticsearch");

    private Variants() {}

    /** The variant {@code kind} of {@code d} under {@code name}; a kind not in {@link #KINDS} is taken as another target. */
    public static ProjectDesign of(String kind, ProjectDesign d, String name) {
        return switch (kind) {
            case "Protobuf" -> protobuf(d, name);
            case "exactly-once" -> exactlyOnce(d, name, true);
            case "at-least-once" -> exactlyOnce(d, name, false);
            case "50k TPS" -> rate(d, name, "50k TPS");
            case "Debezium Server" -> debeziumServer(d, name, true);
            case "Kafka Connect" -> debeziumServer(d, name, false);
            default -> anotherTarget(d, name, kind);
        };
    }

    public static ProjectDesign protobuf(ProjectDesign d, String name) {
        return copy(d, name, d.sourceText().replaceAll("(?i)\\s*(Avro|Protobuf)( serialization| serialisation)?\\.?", "").strip()
                + " Protobuf serialization.", d.targetText());
    }

    public static ProjectDesign exactlyOnce(ProjectDesign d, String name, boolean on) {
        String target = d.targetText().replaceAll("(?i)[;,]?\\s*exactly[\\s-]*once( required| delivery)?", "").strip();
        return copy(d, name, d.sourceText(), on ? target + "; exactly-once required" : target);
    }

    /** Replaces the first rate in the source text (or adds one), e.g. 10k TPS to 50k TPS. */
    public static ProjectDesign rate(ProjectDesign d, String name, String newRate) {
        Matcher m = RATE.matcher(d.sourceText());
        String source = m.find() ? d.sourceText().substring(0, m.start()) + newRate + d.sourceText().substring(m.end())
                : d.sourceText() + ", " + newRate;
        return copy(d, name, source, d.targetText());
    }

    /** Debezium Server instead of Kafka Connect for the source connector, or back (sinks stay on Kafka Connect). */
    public static ProjectDesign debeziumServer(ProjectDesign d, String name, boolean on) {
        String target = d.targetText().replaceAll("(?i)[;,]?\\s*(source )?(captured|running) (by|in|on) debezium[ -]server", "").strip();
        return copy(d, name, d.sourceText(), on ? target + "; source captured by Debezium Server" : target);
    }

    public static ProjectDesign anotherTarget(ProjectDesign d, String name, String target) {
        return copy(d, name, d.sourceText(), d.targetText().replaceAll("\\.\\s*$", "") + " and " + target);
    }

    private static ProjectDesign copy(ProjectDesign d, String name, String source, String target) {
        return new ProjectDesign(name, source, target, d.engine(), d.rateFactor(), d.growthFactor(), d.partitionOverride(), null,
                "Variant of '" + d.name() + "'.", null);
    }
}
