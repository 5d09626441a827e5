package dev.cdcarchitect.impact;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The settings the design itself exports, so every finding quotes the value this design has, not a guess. */
final class DesignSettings {

    private final List<ConfigEntry> entries;

    DesignSettings(DesignResult.Generated design) {
        this.entries = design.spec().decisions().stream().map(Decision::config).flatMap(List::stream).toList();
    }

    /** The value of {@code key} on the first component of {@code scope} that has it. */
    Optional<String> value(ConfigScope scope, String key) {
        return entries.stream().filter(e -> e.scope() == scope && e.key().equals(key)).map(ConfigEntry::value).findFirst();
    }

    /** The value of {@code key} on one component. */
    Optional<String> value(ConfigScope scope, String component, String key) {
        return entries.stream().filter(e -> e.scope() == scope && e.component().equals(component) && e.key().equals(key))
                .map(ConfigEntry::value).findFirst();
    }

    /** The components of a scope, in the order the design lists them. */
    Set<String> components(ConfigScope scope) {
        Set<String> names = new LinkedHashSet<>();
        for (ConfigEntry e : entries) {
            if (e.scope() == scope) names.add(e.component());
        }
        return names;
    }

    /** The source connector's name (or the Debezium Server application's). */
    String sourceConnector() {
        return components(ConfigScope.SOURCE_CONNECTOR).stream().findFirst()
                .orElse(components(ConfigScope.DEBEZIUM_SERVER).stream().findFirst().orElse("the source connector"));
    }

    Optional<String> source(String key) {
        Optional<String> connect = value(ConfigScope.SOURCE_CONNECTOR, key);
        return connect.isPresent() ? connect : value(ConfigScope.DEBEZIUM_SERVER, "debezium.source." + key);
    }

    /** The sink connector whose class is {@code connectorClass}, if the design has one. */
    Optional<String> sinkWithClass(String connectorClass) {
        return entries.stream().filter(e -> e.scope() == ConfigScope.SINK_CONNECTOR && e.key().equals("connector.class")
                && e.value().equals(connectorClass)).map(ConfigEntry::component).findFirst();
    }

    /** The registry subject compatibility the design sets for value (or key) subjects, if it uses a registry. */
    Optional<CompatibilityMode> compatibility(boolean key) {
        String suffix = key ? "-key" : "-value";
        return entries.stream().filter(e -> e.scope() == ConfigScope.SCHEMA_REGISTRY && e.key().equals("compatibility")
                && e.component().endsWith(suffix)).map(e -> CompatibilityMode.parse(e.value())).flatMap(Optional::stream).findFirst();
    }

    /** The namespace of the data topics (topic prefix and the table's schema), from a subject the design names. */
    Optional<String> topicNamespace() {
        return entries.stream().filter(e -> e.scope() == ConfigScope.SCHEMA_REGISTRY && e.component().endsWith("-value"))
                .map(e -> e.component().substring(0, e.component().length() - "-value".length()))
                .filter(topic -> topic.contains(".")).map(topic -> topic.substring(0, topic.lastIndexOf('.'))).findFirst();
    }
}
