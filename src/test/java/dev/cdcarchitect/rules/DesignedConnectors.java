package dev.cdcarchitect.rules;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** A design's connector settings as the export assembles them: per connector, every decision's entries in order. */
final class DesignedConnectors {

    private DesignedConnectors() {}

    static DesignResult.Generated design(String source, String target) {
        if (new DesignService().design(source, target) instanceof DesignResult.Generated g) return g;
        throw new AssertionError("refused: " + source + " / " + target);
    }

    /** Connector name to its settings, for the connectors of one scope. */
    static Map<String, Map<String, String>> of(DesignResult.Generated design, ConfigScope scope) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Decision d : design.spec().decisions()) {
            for (ConfigEntry e : d.config()) {
                if (e.scope() == scope) out.computeIfAbsent(e.component(), k -> new LinkedHashMap<>()).put(e.key(), e.value());
            }
        }
        return out;
    }

    /** The one connector of a scope whose name contains {@code part}. */
    static Map<String, String> named(DesignResult.Generated design, ConfigScope scope, String part) {
        return of(design, scope).entrySet().stream().filter(e -> e.getKey().contains(part)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no " + scope + " connector named *" + part + "* in " + of(design, scope).keySet()));
    }

    /** The transform types of a connector's chain, by alias. */
    static Map<String, String> transforms(Map<String, String> connector) {
        Map<String, String> out = new LinkedHashMap<>();
        String chain = connector.getOrDefault("transforms", "");
        if (chain.isBlank()) return out;
        for (String alias : chain.split(",")) out.put(alias.trim(), connector.get("transforms." + alias.trim() + ".type"));
        return out;
    }
}
