package dev.cdcarchitect.rehearse.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

/**
 * The sink's exported SMT chain ({@code transforms}, {@code transforms.<alias>.type} and settings, {@code predicate}
 * and {@code negate}, {@code predicates.<name>.*}) built from the real classes: Kafka's connect-transforms and
 * Debezium's SMTs are on the class path. A class from those packages that does not load is a defect of the config
 * (it does not exist); a class from any other package is a vendor's SMT that is simply not on this machine, and the
 * chain is then reported as not run rather than passed.
 */
final class TransformChain implements AutoCloseable {

    /** https://kafka.apache.org/documentation/#connect_transforms */
    static final String DOC = "https://kafka.apache.org/documentation/#connect_transforms";
    /** Packages whose jars this machine has in full (Kafka 4.3 connect-transforms, Debezium 3.6 connect plugins). */
    private static final List<String> SHIPPED_PACKAGES = List.of("org.apache.kafka.connect.transforms.", "io.debezium.transforms.");
    private static final Set<String> STEP_KEYS = Set.of("type", "predicate", "negate");

    private final ExportedSink sink;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> notRun = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> filled = new ArrayList<>();

    record Step(String alias, Transformation<SinkRecord> transformation, Predicate<SinkRecord> predicate, boolean negate) {}

    /** A setting of the chain that cannot work, with the fix. */
    record Problem(String setting, String what, String fix) {}

    /**
     * @param fill turns a setting's config-provider placeholder ({@code ${env:...}}) into the local value, or null
     *     when the rehearsal cannot know it; called with the alias, the setting and its exported value
     */
    TransformChain(ExportedSink sink, PlaceholderFill fill) {
        this.sink = sink;
        String list = sink.get("transforms", "").strip();
        if (list.isEmpty()) return;
        for (String alias : Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList()) {
            Step step = step(alias, fill);
            if (step == null) break; // the steps after one that cannot run would see records the sink never sees
            steps.add(step);
        }
    }

    interface PlaceholderFill {
        String fill(String alias, String setting, String value);
    }

    private Step step(String alias, PlaceholderFill fill) {
        String prefix = "transforms." + alias + ".";
        String className = sink.config().get(prefix + "type");
        if (className == null) {
            problems.add(new Problem(prefix + "type", "the transform '" + alias + "' is listed in transforms but has no type",
                    "set " + prefix + "type to the transform's class, or remove '" + alias + "' from transforms"));
            return null;
        }
        Map<String, String> settings = settings(prefix, alias, fill);
        if (settings == null) return null;
        Transformation<SinkRecord> t = instantiate(prefix + "type", className, Transformation.class);
        if (t == null) return null;
        if (!configure(prefix, className, () -> t.configure(settings))) return null;
        Predicate<SinkRecord> predicate = null;
        String predicateName = sink.config().get(prefix + "predicate");
        if (predicateName != null) {
            String pPrefix = "predicates." + predicateName + ".";
            String pClass = sink.config().get(pPrefix + "type");
            if (pClass == null) {
                problems.add(new Problem(prefix + "predicate", "names the predicate '" + predicateName + "', which has no " + pPrefix + "type",
                        "define " + pPrefix + "type and list '" + predicateName + "' in predicates"));
                return null;
            }
            predicate = instantiate(pPrefix + "type", pClass, Predicate.class);
            if (predicate == null) return null;
            Map<String, String> pSettings = settings(pPrefix, predicateName, fill);
            Predicate<SinkRecord> p = predicate;
            if (pSettings == null || !configure(pPrefix, pClass, () -> p.configure(pSettings))) return null;
        }
        return new Step(alias, t, predicate, Boolean.parseBoolean(sink.get(prefix + "negate", "false")));
    }

    private Map<String, String> settings(String prefix, String alias, PlaceholderFill fill) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sink.config().entrySet()) {
            if (!e.getKey().startsWith(prefix)) continue;
            String key = e.getKey().substring(prefix.length());
            if (STEP_KEYS.contains(key)) continue;
            String value = e.getValue();
            if (value.contains("${")) {
                value = fill.fill(alias, e.getKey(), value);
                if (value == null) {
                    notRun.add(e.getKey() + "=" + e.getValue() + " is a value only your workers know, so '" + alias + "' and the steps after it did not run");
                    return null;
                }
                filled.add(e.getKey() + "=" + e.getValue() + " filled with " + value + " for the rehearsal");
            }
            out.put(key, value);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <T> T instantiate(String setting, String className, Class<?> kind) {
        try {
            Object o = Class.forName(className).getDeclaredConstructor().newInstance();
            if (!kind.isInstance(o)) {
                problems.add(new Problem(setting, className + " is not a " + kind.getSimpleName(), "name a " + kind.getName() + " class"));
                return null;
            }
            return (T) o;
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            if (SHIPPED_PACKAGES.stream().anyMatch(className::startsWith)) {
                problems.add(new Problem(setting, "the class " + className + " does not exist in Kafka 4.3 or Debezium 3.6",
                        "correct the class name (for example org.apache.kafka.connect.transforms.ExtractField$Key, "
                                + "io.debezium.transforms.ExtractNewRecordState; nested classes take '$')"));
            } else {
                notRun.add("class " + className + " (" + setting + ") is not on this machine");
            }
            return null;
        } catch (ReflectiveOperationException | LinkageError e) {
            problems.add(new Problem(setting, "the class " + className + " cannot be created: " + e, "check the plugin's version"));
            return null;
        }
    }

    private boolean configure(String prefix, String className, Runnable configure) {
        try {
            configure.run();
            return true;
        } catch (RuntimeException e) {
            problems.add(new Problem(prefix + "*", className + " rejects its settings: " + e.getMessage(),
                    "correct the " + prefix + "* settings as the transform's documentation gives them"));
            return false;
        }
    }

    /** Runs the chain on one record, exactly as the worker does: a predicate decides, a null result drops the record. */
    Passage apply(String topic, int partition, long offset, SinkRecord input) {
        SinkRecord current = input;
        for (Step s : steps) {
            boolean applies = s.predicate() == null || s.predicate().test(current) != s.negate();
            if (!applies) continue;
            try {
                current = s.transformation().apply(current);
            } catch (RuntimeException e) {
                return new Passage(topic, partition, offset, input, null, null,
                        "transform '" + s.alias() + "' (" + s.transformation().getClass().getName() + ") failed: " + e.getMessage());
            }
            if (current == null) return new Passage(topic, partition, offset, input, null, s.alias(), null);
        }
        return new Passage(topic, partition, offset, input, current, null, null);
    }

    /** True when every listed transform was built: only then do the contract's record checks see what the sink sees. */
    boolean complete() {
        return notRun.isEmpty() && problems.isEmpty();
    }

    /** Placeholders of the chain's settings that the rehearsal filled, to say so in the report. */
    List<String> filled() {
        return List.copyOf(filled);
    }

    List<String> notRun() {
        return List.copyOf(notRun);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    String aliases() {
        return steps.isEmpty() ? "no transforms" : String.join(", ", steps.stream().map(Step::alias).toList());
    }

    @Override
    public void close() {
        for (Step s : steps) {
            s.transformation().close();
            if (s.predicate() != null) s.predicate().close();
        }
    }
}
