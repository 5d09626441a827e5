package dev.cdcarchitect.safety;

import java.util.List;

/**
 * First gate of every design, offline and deterministic: judges the raw texts (and anything hidden in
 * them by encoding or look-alike characters) for attack syntax and intent.
 */
public final class SafetyGuard {

    public SafetyVerdict check(String... texts) {
        for (String text : texts) {
            if (text == null) continue;
            SafetyVerdict verdict = checkOne(TextNormalizer.normalize(text));
            if (!verdict.safe()) return verdict;
            for (String hidden : ObfuscationDecoder.decodedForms(text)) {
                verdict = checkOne(TextNormalizer.normalize(hidden));
                if (!verdict.safe()) return verdict;
            }
        }
        return SafetyVerdict.SAFE;
    }

    public boolean isUnsafe(String... texts) {
        return !check(texts).safe();
    }

    private static SafetyVerdict checkOne(String normalised) {
        List<ThreatPattern> patterns = ThreatPatterns.ALL;
        for (ThreatPattern pattern : patterns) {
            String evidence = pattern.find(normalised);
            if (evidence != null) return new SafetyVerdict(pattern.category(), evidence);
        }
        return SafetyVerdict.SAFE;
    }
}
