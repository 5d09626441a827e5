package dev.cdcarchitect.safety;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An intent and its object in one sentence, in any word order and language: a sentence that holds one of the
 * intent words (at the start of a word) and a match of every {@code objects} pattern is a threat, unless it also
 * matches {@code unless}.
 *
 * @param cues literals of which a sentence must hold one before the objects are looked for (none: always look)
 */
record IntentObjectRule(ThreatCategory category, List<String> intents, List<Pattern> objects, Pattern unless, List<String> cues)
        implements ThreatRule {

    IntentObjectRule {
        Triggers.register(intents);
    }

    static IntentObjectRule of(ThreatCategory category, List<String> intents, String... objects) {
        return new IntentObjectRule(category, intents, compile(objects), null, List.of());
    }

    static IntentObjectRule unless(ThreatCategory category, List<String> intents, String benignContext, String... objects) {
        return new IntentObjectRule(category, intents, compile(objects), Pattern.compile(benignContext), List.of());
    }

    /**
     * The same rule with literal cues, one of which every object match contains: a sentence without any is skipped
     * before the object's regular expression runs (the intents of reading out are common words).
     */
    IntentObjectRule withCues(String... literals) {
        return new IntentObjectRule(category, intents, objects, unless, List.of(literals));
    }

    private boolean hasCue(String sentence) {
        return cues.isEmpty() || cues.stream().anyMatch(sentence::contains);
    }

    private static List<Pattern> compile(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }

    @Override
    public String find(Triggers found) {
        String normalised = found.text();
        int sentenceEnd = -1;
        for (int at : found.positions(intents)) {
            if (at < sentenceEnd) continue; // this sentence was judged already
            int start = Triggers.sentenceStart(normalised, at);
            sentenceEnd = Triggers.sentenceEnd(normalised, at);
            String sentence = normalised.substring(start, sentenceEnd);
            if (hasCue(sentence) && objects.stream().allMatch(o -> o.matcher(sentence).find()) && (unless == null || !unless.matcher(sentence).find())) {
                return sentence.strip();
            }
        }
        return null;
    }
}
