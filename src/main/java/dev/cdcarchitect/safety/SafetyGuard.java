package dev.cdcarchitect.safety;

import java.util.LinkedHashSet;

/**
 * First gate of every design, offline and deterministic: judges the raw texts (and anything hidden in
 * them by encoding, look-alike characters or leetspeak) for attack syntax and intent.
 */
public final class SafetyGuard {

    static {
        ThreatRules.ALL.size(); // the rules register their trigger words before the first text is scanned
    }

    public SafetyVerdict check(String... texts) {
        for (String text : texts) {
            if (text == null) continue;
            SafetyVerdict verdict = checkForms(text);
            if (!verdict.safe()) return verdict;
            for (String hidden : new LinkedHashSet<>(ObfuscationDecoder.decodedForms(text))) { // a repeated key is judged once
                verdict = checkForms(hidden);
                if (!verdict.safe()) return verdict;
            }
        }
        return SafetyVerdict.SAFE;
    }

    public boolean isUnsafe(String... texts) {
        return !check(texts).safe();
    }

    private static SafetyVerdict checkForms(String text) {
        for (String form : TextNormalizer.forms(text)) {
            Triggers triggers = Triggers.in(form);
            for (ThreatRule rule : ThreatRules.ALL) {
                String evidence = rule.find(triggers);
                if (evidence != null) return new SafetyVerdict(rule.category(), evidence);
            }
        }
        return SafetyVerdict.SAFE;
    }
}
