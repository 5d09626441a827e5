package dev.cdcarchitect.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The markdownlint default rules our documents could break, checked in Java so the tests need no Node.js
 * (the same documents were also checked with markdownlint-cli2 0.18.1, see scripts/lint-markdown.sh).
 * Line length (MD013) is not checked, as the issue allows.
 */
final class MarkdownLint {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) (.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^- .*");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})(.*)$");
    private static final Pattern BARE_URL = Pattern.compile("(?<![(<\\[`])\\bhttps?://[^\\s)>]+");
    private static final Pattern INLINE_HTML = Pattern.compile("(?<!\\\\)<[A-Za-z/!][^>]*>");

    private MarkdownLint() {}

    static List<String> check(String md) {
        List<String> problems = new ArrayList<>();
        String[] lines = md.split("\n", -1);
        if (!md.endsWith("\n") || md.endsWith("\n\n")) problems.add("MD047 file must end with exactly one newline");
        if (!lines[0].startsWith("# ")) problems.add("MD041 first line must be a top-level heading");
        Set<String> headings = new HashSet<>();
        int h1 = 0;
        int previousLevel = 0;
        String fence = null;
        boolean inTable = false;
        int tableColumns = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String prev = i > 0 ? lines[i - 1] : "";
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            int n = i + 1;
            if (fence != null) {
                if (line.startsWith(fence) && line.substring(fence.length()).isBlank()) {
                    fence = null;
                    if (!next.isEmpty()) problems.add("MD031 line " + n + ": fence not followed by a blank line");
                }
                continue;
            }
            if (line.endsWith(" ")) problems.add("MD009 line " + n + ": trailing space");
            if (line.contains("\t")) problems.add("MD010 line " + n + ": hard tab");
            if (i > 0 && line.isEmpty() && prev.isEmpty()) problems.add("MD012 line " + n + ": multiple blank lines");
            var f = FENCE.matcher(line);
            if (f.matches()) {
                fence = f.group(1);
                if (f.group(2).isBlank()) problems.add("MD040 line " + n + ": fence without a language");
                if (!prev.isEmpty()) problems.add("MD031 line " + n + ": fence not preceded by a blank line");
                continue;
            }
            var h = HEADING.matcher(line);
            if (line.startsWith("#")) {
                if (!h.matches()) {
                    problems.add("MD018/MD019 line " + n + ": heading needs exactly one space after the hashes");
                    continue;
                }
                int level = h.group(1).length();
                if (level == 1) h1++;
                if (previousLevel > 0 && level > previousLevel + 1) problems.add("MD001 line " + n + ": heading level jumps");
                previousLevel = level;
                if (!headings.add(h.group(2))) problems.add("MD024 line " + n + ": duplicate heading '" + h.group(2) + "'");
                if (h.group(2).matches(".*[.,;:!]$")) problems.add("MD026 line " + n + ": heading ends with punctuation");
                if (i > 0 && !prev.isEmpty()) problems.add("MD022 line " + n + ": heading not preceded by a blank line");
                if (!next.isEmpty()) problems.add("MD022 line " + n + ": heading not followed by a blank line");
                continue;
            }
            if (LIST_ITEM.matcher(line).matches() && !prev.isEmpty() && !LIST_ITEM.matcher(prev).matches()) {
                problems.add("MD032 line " + n + ": list not preceded by a blank line");
            }
            if (LIST_ITEM.matcher(line).matches() && !next.isEmpty() && !LIST_ITEM.matcher(next).matches()) {
                problems.add("MD032 line " + n + ": list not followed by a blank line");
            }
            if (line.matches("^\\s*[*+] .*")) problems.add("MD004 line " + n + ": list marker must be '-'");
            if (line.startsWith("|")) {
                int columns = columns(line);
                if (!inTable) {
                    if (!prev.isEmpty()) problems.add("MD058 line " + n + ": table not preceded by a blank line");
                    tableColumns = columns;
                    inTable = true;
                } else if (columns != tableColumns) {
                    problems.add("MD056 line " + n + ": " + columns + " cells, header has " + tableColumns);
                }
                if (!line.endsWith("|")) problems.add("MD055 line " + n + ": table row without trailing pipe");
                if (!next.startsWith("|") && !next.isEmpty()) problems.add("MD058 line " + n + ": table not followed by a blank line");
            } else {
                inTable = false;
            }
            String withoutCode = line.replaceAll("`[^`]*`", "");
            if (BARE_URL.matcher(withoutCode.replaceAll("\\]\\([^)]*\\)", "]()")).find()) problems.add("MD034 line " + n + ": bare URL");
            if (INLINE_HTML.matcher(withoutCode).find()) problems.add("MD033 line " + n + ": inline HTML");
            if (withoutCode.contains("[](")) problems.add("MD042 line " + n + ": empty link");
        }
        if (fence != null) problems.add("unclosed code fence");
        if (h1 != 1) problems.add("MD025 exactly one top-level heading, found " + h1);
        return problems;
    }

    /** Cells in a table row, not counting escaped pipes. */
    private static int columns(String row) {
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') i++;
            else if (row.charAt(i) == '|') pipes++;
        }
        return pipes - 1;
    }
}
