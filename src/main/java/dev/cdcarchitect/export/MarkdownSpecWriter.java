package dev.cdcarchitect.export;

import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.export.document.MarkdownText;
import dev.cdcarchitect.export.document.SpecOutline;
import dev.cdcarchitect.export.document.SpecSink;
import java.util.List;

/**
 * Renders a specification as strict Markdown: the five numbered sections, one heading per decision, bullets,
 * fenced configuration blocks grouped by where they apply, and tables for sizing and failures.
 */
public final class MarkdownSpecWriter {

    public String write(DesignSpec spec) {
        StringBuilder md = new StringBuilder(32_768);
        md.append("# CDC Architecture Specification: ").append(MarkdownText.inline(spec.title())).append("\n");
        body(md, spec);
        return md.toString();
    }

    /** A sink that appends strict Markdown to {@code md}, for other outlines of the same document (the runbook). */
    public static SpecSink sink(StringBuilder md) {
        return new MarkdownSink(md);
    }

    /** The five sections without the document title, for documents that put their own front matter first. */
    public void body(StringBuilder md, DesignSpec spec) {
        SpecOutline.write(spec, new MarkdownSink(md));
    }

    private record MarkdownSink(StringBuilder md) implements SpecSink {

        @Override
        public void section(SpecSection section) {
            md.append("\n## ").append(section.number()).append(". ").append(section.heading()).append("\n");
        }

        @Override
        public void part(String anchor, String title) {
            md.append("\n## ").append(MarkdownText.inline(title)).append("\n");
        }

        @Override
        public void heading(String title) {
            md.append("\n### ").append(MarkdownText.inline(title)).append("\n\n");
        }

        @Override
        public void bullet(String label, String id, String text) {
            md.append("- ");
            if (label != null && id != null) md.append("**").append(MarkdownText.inline(label)).append("** (`").append(id).append("`): ");
            else if (label != null) md.append("**").append(MarkdownText.inline(label)).append(":** ");
            md.append(MarkdownText.inline(text)).append("\n");
        }

        @Override
        public void references(List<Reference> references) {
            md.append("- **References:** ");
            for (int i = 0; i < references.size(); i++) {
                Reference r = references.get(i);
                if (i > 0) md.append("; ");
                md.append('[').append(MarkdownText.inline(r.title())).append("](").append(MarkdownText.linkTarget(r.url())).append(')');
            }
            md.append("\n");
        }

        @Override
        public void table(List<String> header, List<List<String>> rows) {
            row(header);
            md.append("|").append(" --- |".repeat(header.size())).append("\n");
            rows.forEach(this::row);
        }

        private void row(List<String> cells) {
            md.append("|");
            for (String cell : cells) md.append(' ').append(MarkdownText.cell(cell)).append(" |");
            md.append("\n");
        }

        @Override
        public void code(String language, String body) {
            String fence = MarkdownText.fenceFor(body);
            md.append("\n").append(fence).append(language).append("\n").append(body).append("\n").append(fence).append("\n");
        }
    }
}
