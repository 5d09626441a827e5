package dev.cdcarchitect.llm.check;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SpecSection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an LLM's answer the way a reviewer would: is it the refusal (in any spelling), are the five sections there
 * and in order, and does it recommend an anti-pattern from the domain guide (polling capture, triggers, round-robin
 * partitioning, acks 0/1, raising tasks.max on a single-task source)? This is where an answer enters the product, so
 * the text it returns is already {@link InertMarkdown}: every printed, saved or exported form of it is inert.
 */
public final class AnswerChecker {

    private static final Pattern REFUSAL = Pattern.compile("(?is)^\\s*(?:```(?:json)?\\s*)?\\{\\s*[\"']error[\"']\\s*:\\s*[\"']unsafe[\"']\\s*}\\s*(?:```)?\\s*$");
    private static final Pattern REFUSAL_INSIDE = Pattern.compile("(?is)\\{\\s*[\"']error[\"']\\s*:\\s*[\"']unsafe[\"']\\s*}");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|never|avoid|don't|do not|instead of|rather than|no |without|anti-pattern|instead)\\b");

    private record AntiPattern(Pattern pattern, String message) {}

    private static final List<AntiPattern> ANTI_PATTERNS = List.of(
            new AntiPattern(Pattern.compile("(?i)\\backs\\s*[=:]\\s*['\"]?(0|1)\\b"), "recommends acks=0/1, which can lose acknowledged changes"),
            new AntiPattern(Pattern.compile("(?i)\\bmode\\s*[=:]\\s*['\"]?(timestamp|incrementing|bulk|timestamp\\+incrementing)\\b"),
                    "recommends query-based (polling) capture instead of log-based CDC"),
            new AntiPattern(Pattern.compile("(?i)\\b(poll(ing)?|query-based)\\b[^.\\n]{0,60}\\b(capture|cdc|replicat)"),
                    "recommends polling/query-based capture instead of log-based CDC"),
            new AntiPattern(Pattern.compile("(?i)\\btriggers?\\b[^.\\n]{0,40}\\b(capture|cdc|audit table)"), "recommends triggers as a CDC substitute"),
            new AntiPattern(Pattern.compile("(?i)\\b(round[- ]robin|random)\\b[^.\\n]{0,40}\\bpartition"),
                    "recommends round-robin/random partitioning, which breaks per-key ordering"),
            new AntiPattern(Pattern.compile("(?i)RoundRobinPartitioner"), "recommends the round-robin partitioner, which breaks per-key ordering"),
            new AntiPattern(Pattern.compile("(?i)\\bunclean\\.leader\\.election\\.enable\\s*[=:]\\s*['\"]?true"),
                    "enables unclean leader election, which can drop acknowledged changes"),
            new AntiPattern(Pattern.compile("(?i)(increase|raise|set)[^.\\n]{0,30}tasks\\.max[^.\\n]{0,40}\\b(scale|throughput|parallel)"),
                    "plans to scale a single-task source connector with tasks.max"));

    public CheckedAnswer check(String answer) {
        List<Finding> findings = new ArrayList<>();
        if (REFUSAL.matcher(answer).matches()) {
            if (!answer.equals(DesignResult.REFUSAL_JSON)) findings.add(Finding.warning("the refusal was written differently; normalised to "
                    + DesignResult.REFUSAL_JSON));
            return new CheckedAnswer(DesignResult.REFUSAL_JSON, true, Map.of(), findings);
        }
        if (REFUSAL_INSIDE.matcher(answer).find() && answer.strip().length() < 200) {
            findings.add(Finding.warning("the refusal came with extra text; normalised to " + DesignResult.REFUSAL_JSON));
            return new CheckedAnswer(DesignResult.REFUSAL_JSON, true, Map.of(), findings);
        }
        InertMarkdown.Result inert = InertMarkdown.sanitize(answer);
        String text = inert.text();
        Map<SpecSection, String> sections = sections(text, findings);
        if (inert.changes().contains(InertMarkdown.Change.HTML_ESCAPED)) {
            findings.add(Finding.warning("contains raw HTML or script; raw HTML was escaped, so it shows as text"));
        }
        if (inert.changes().contains(InertMarkdown.Change.IMAGE_REPLACED)) {
            findings.add(Finding.warning("links a remote image; it was replaced by its description and address, nothing is loaded"));
        }
        if (inert.changes().contains(InertMarkdown.Change.LINK_UNLINKED)) {
            findings.add(Finding.warning("links to something other than an http(s) address; those links were turned into plain text"));
        }
        for (String sentence : text.split("(?<=[.!?])\\s+|\\n")) {
            for (AntiPattern anti : ANTI_PATTERNS) {
                if (anti.pattern().matcher(sentence).find() && !NEGATION.matcher(sentence).find()) {
                    Finding f = Finding.warning("anti-pattern: " + anti.message() + " (\"" + clip(sentence) + "\")");
                    if (!findings.contains(f)) findings.add(f);
                }
            }
        }
        return new CheckedAnswer(text, false, sections, findings);
    }

    /** Finds each section's heading line (Markdown heading, bold or numbered line) and cuts the text between them. */
    private static Map<SpecSection, String> sections(String answer, List<Finding> findings) {
        String[] lines = answer.split("\n", -1);
        Map<SpecSection, Integer> at = new EnumMap<>(SpecSection.class);
        for (int i = 0; i < lines.length; i++) {
            String normal = normalise(lines[i]);
            if (normal.isEmpty() || lines[i].length() > 160) continue;
            for (SpecSection s : SpecSection.values()) {
                if (!at.containsKey(s) && normal.contains(normalise(s.heading()))) at.put(s, i);
            }
        }
        int previous = -1;
        boolean ordered = true;
        for (SpecSection s : SpecSection.values()) {
            Integer line = at.get(s);
            if (line == null) {
                findings.add(Finding.error("section " + s.number() + " \"" + s.heading() + "\" is missing"));
                continue;
            }
            if (line < previous) ordered = false;
            previous = line;
        }
        if (!ordered) findings.add(Finding.warning("the sections are not in the prompt's order"));
        Map<SpecSection, String> out = new EnumMap<>(SpecSection.class);
        for (Map.Entry<SpecSection, Integer> e : at.entrySet()) {
            int start = e.getValue() + 1;
            int end = lines.length;
            for (int other : at.values()) if (other > e.getValue() && other < end) end = other;
            out.put(e.getKey(), String.join("\n", java.util.Arrays.copyOfRange(lines, start, end)).strip());
        }
        return out;
    }

    /** Lower case, no Markdown marks or numbering, '&' as 'and', single spaces. */
    static String normalise(String line) {
        return line.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[#*_`>|]", " ").replaceAll("^\\s*\\d+[.)]\\s*", " ")
                .replaceAll("[^a-z0-9()]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static String clip(String text) {
        String one = text.strip();
        return one.length() <= 100 ? one : one.substring(0, 100) + "…";
    }
}
