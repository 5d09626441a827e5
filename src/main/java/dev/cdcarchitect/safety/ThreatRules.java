package dev.cdcarchitect.safety;

import java.util.ArrayList;
import java.util.List;

/** Every rule the guard applies: attack syntax, intent × object in one sentence, disguised commands. */
final class ThreatRules {

    static final List<ThreatRule> ALL = all();

    private ThreatRules() {}

    private static List<ThreatRule> all() {
        List<ThreatRule> rules = new ArrayList<>(ThreatPatterns.ALL);
        rules.addAll(IntentObjectRules.ALL);
        rules.add(new LeetspeakCommand());
        return List.copyOf(rules);
    }
}
