package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What every Kafka Connect sink needs, from Kafka's sink connector settings: a subscription ({@code topics} or
 * {@code topics.regex}, not both) to topics the design creates, and a dead letter queue topic that exists when
 * {@code errors.tolerance=all} lets failing records through.
 */
final class ConnectWiring {

    /** https://kafka.apache.org/documentation/#sinkconnectorconfigs */
    static final String DOC = "https://kafka.apache.org/documentation/#sinkconnectorconfigs";

    private ConnectWiring() {}

    /** The topics the sink subscribes to among {@code known}; adds a failing check when the subscription is broken. */
    static Set<String> subscription(ExportedSink sink, Set<String> designed, Collection<String> known, List<Check> checks) {
        String list = sink.get("topics", "").strip();
        String regex = sink.get("topics.regex", "").strip();
        if (!list.isEmpty() && !regex.isEmpty()) {
            checks.add(Finding.fail(sink, "topics", "topics and topics.regex", "both are set, and Kafka Connect refuses a sink with both",
                    null, "keep one of them", DOC));
            return Set.of();
        }
        if (list.isEmpty() && regex.isEmpty()) {
            checks.add(Finding.fail(sink, "topics", "topics / topics.regex", "neither is set, so the sink reads nothing", null,
                    "subscribe the sink to the design's data topics", DOC));
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        if (!list.isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (String t : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
                if (designed.contains(t)) out.add(t);
                else missing.add(t);
            }
            if (!missing.isEmpty()) {
                checks.add(Finding.fail(sink, "topics", "topics=" + list, "subscribes to " + missing + ", not in topics.json, so nothing creates "
                        + "them and the sink never receives the design's changes", null,
                        "name topics of topics.json (the source writes to <topic.prefix>.<schema>.<table>), or add the topic to topics.json", DOC));
                return out;
            }
            checks.add(Finding.pass(sink, "topics", "topics=" + list + " all in topics.json", DOC));
            return out;
        }
        Pattern p;
        try {
            p = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            checks.add(Finding.fail(sink, "topics", "topics.regex=" + regex, "is not a valid Java regular expression (" + e.getDescription() + ")",
                    null, "correct the expression", DOC));
            return Set.of();
        }
        Set<String> all = new LinkedHashSet<>(designed);
        all.addAll(known);
        for (String t : all) {
            if (p.matcher(t).matches()) out.add(t);
        }
        Set<String> designedMatches = new LinkedHashSet<>(out);
        designedMatches.retainAll(designed);
        if (designedMatches.isEmpty()) {
            checks.add(Finding.fail(sink, "topics", "topics.regex=" + regex, "matches no topic of topics.json", null,
                    "match the design's data topics (<topic.prefix>.<schema>.<table>)", DOC));
        } else {
            checks.add(Finding.pass(sink, "topics", "topics.regex=" + regex + " matches " + designedMatches + " of topics.json", DOC));
        }
        return out;
    }

    /** errors.tolerance=all needs a DLQ topic, and that topic must be one the design creates. */
    static Check deadLetterQueue(ExportedSink sink, Set<String> designed) {
        String tolerance = sink.get("errors.tolerance", "none").strip();
        String dlq = sink.get("errors.deadletterqueue.topic.name", "").strip();
        if (!tolerance.equals("all")) {
            return Finding.pass(sink, "dead letter queue", "errors.tolerance=" + tolerance + ": a failing record stops the task, "
                    + "nothing is skipped" + (dlq.isEmpty() ? "" : " (the DLQ topic " + dlq + " is used only with errors.tolerance=all)"), DOC);
        }
        if (dlq.isEmpty()) {
            return Finding.fail(sink, "dead letter queue", "errors.tolerance=all", "skips every record a converter, transform or the sink "
                    + "rejects, and without errors.deadletterqueue.topic.name they are lost without a trace", null,
                    "set errors.deadletterqueue.topic.name=dlq." + sink.name() + " and add that topic to topics.json", DOC);
        }
        if (!designed.contains(dlq)) {
            return Finding.fail(sink, "dead letter queue", "errors.deadletterqueue.topic.name=" + dlq, "is not in topics.json, so it is "
                    + "created with broker defaults or, with auto-creation off, rejected records are lost", null,
                    "add " + dlq + " to topics.json", DOC);
        }
        return Finding.pass(sink, "dead letter queue", "errors.tolerance=all with DLQ topic " + dlq + " from topics.json", DOC);
    }

    /** The sink must read with the converter the source writes with; the rehearsal decodes with the writer's. */
    static List<Check> converters(ExportedSink sink, ExportedSink source, SinkConverters decoding) {
        List<Check> out = new ArrayList<>();
        for (String setting : List.of("key.converter", "value.converter")) {
            SinkConverters.ConverterChoice read = SinkConverters.ConverterChoice.of(setting, sink);
            if (source == null) continue;
            SinkConverters.ConverterChoice written = SinkConverters.ConverterChoice.of(setting, source);
            if (!read.className().equals(written.className()) && !read.readsAnyBytes()) {
                out.add(Finding.fail(sink, "converters", setting + "=" + read.className() + " (" + read.from() + ")", "reads what "
                        + source.name() + " writes with " + written.className() + " (" + written.from() + "), so every record fails to convert",
                        null, "use the same " + setting + " (class and schema registry settings) on the source and the sink",
                        SinkConverters.WORKER_DOC));
            }
        }
        if (out.isEmpty()) {
            out.add(Finding.pass(sink, "converters", (source == null ? "no source connector in connect/ to compare with (the source "
                    + "runs outside Kafka Connect)" : "reads with the converters the source writes with")
                    + (decoding.substitutions().isEmpty() ? "" : "; on this machine: " + String.join("; ", decoding.substitutions())),
                    SinkConverters.WORKER_DOC));
        }
        return out;
    }
}
