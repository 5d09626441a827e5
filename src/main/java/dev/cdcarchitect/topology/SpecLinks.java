package dev.cdcarchitect.topology;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.NodeSetting;
import dev.cdcarchitect.domain.TopologyNode;
import java.util.ArrayList;
import java.util.List;

/** How a diagram node links back to the spec: its first settings (tooltips) and the decisions that shape it. */
final class SpecLinks {

    private static final int MAX_SETTINGS = 6;

    private SpecLinks() {}

    static TopologyNode node(String id, NodeKind kind, String label, int partitions, int members, int count,
                             List<NodeSetting> settings, List<String> decisionIds) {
        return new TopologyNode(id, kind, label, partitions, members, count, settings, decisionIds);
    }

    /** The first settings of a scope (and component, if given), for tooltips. */
    static List<NodeSetting> settings(DesignSpec spec, ConfigScope scope, String component) {
        List<NodeSetting> settings = new ArrayList<>();
        for (Decision d : spec.decisions()) {
            for (ConfigEntry e : d.config()) {
                if (settings.size() >= MAX_SETTINGS) return settings;
                if (e.scope() == scope && (component == null || e.component().equals(component))) {
                    settings.add(new NodeSetting(e.key(), e.value()));
                }
            }
        }
        return settings;
    }

    /** Decisions that configure this scope/component, plus those whose id starts with one of the prefixes. */
    static List<String> decisionsWith(DesignSpec spec, ConfigScope scope, String component, String... idPrefixes) {
        List<String> ids = new ArrayList<>();
        for (Decision d : spec.decisions()) {
            boolean configures = d.config().stream().anyMatch(e -> e.scope() == scope && (component == null || e.component().equals(component)));
            boolean named = false;
            for (String prefix : idPrefixes) named |= d.id().startsWith(prefix);
            if ((configures || named) && !ids.contains(d.id())) ids.add(d.id());
        }
        return ids;
    }

    static List<String> ids(DesignSpec spec, String... wanted) {
        List<String> ids = new ArrayList<>();
        for (String id : wanted) {
            if (hasDecision(spec, id)) ids.add(id);
        }
        return ids;
    }

    static boolean hasDecision(DesignSpec spec, String id) {
        return spec.decisions().stream().anyMatch(d -> d.id().equals(id));
    }
}
