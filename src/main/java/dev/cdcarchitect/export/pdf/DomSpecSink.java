package dev.cdcarchitect.export.pdf;

import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.export.document.SpecSink;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Writes the specification into the review document's tree: the same blocks as the Markdown, as headings, lists,
 * tables and preformatted blocks. Only http(s) references become links. Remembers the sections for the contents.
 */
final class DomSpecSink implements SpecSink {

    /** A word of a config block this long fits an A4 text line at 8 pt with room to spare (about 100 fit; a 101-character one broke). */
    static final int CODE_CHARS_AT_8PT = 92;

    /** A section heading and the anchor the contents link to. */
    record Entry(String id, String title) {}

    private final XhtmlTree tree;
    private final Element root;
    private final List<Entry> sections = new ArrayList<>();
    private Element list;

    DomSpecSink(XhtmlTree tree, Element root) {
        this.tree = tree;
        this.root = root;
    }

    List<Entry> sections() {
        return List.copyOf(sections);
    }

    @Override
    public void section(SpecSection section) {
        Entry entry = new Entry("section-" + section.number(), section.number() + ". " + section.heading());
        sections.add(entry);
        block("h2", entry.title()).setAttribute("id", entry.id());
    }

    @Override
    public void part(String anchor, String title) {
        Entry entry = new Entry(anchor, title);
        sections.add(entry);
        block("h2", entry.title()).setAttribute("id", entry.id());
    }

    @Override
    public void heading(String title) {
        block("h3", title);
    }

    @Override
    public void bullet(String label, String id, String text) {
        Element item = item();
        if (label != null) tree.append(item, "strong", id == null ? label + ":" : label);
        if (id != null) {
            tree.text(item, " (");
            tree.append(item, "code", id);
            tree.text(item, "):");
        }
        tree.text(item, label == null ? text : " " + text);
    }

    @Override
    public void references(List<Reference> references) {
        Element item = item();
        tree.append(item, "strong", "References:");
        tree.text(item, " ");
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            if (i > 0) tree.text(item, "; ");
            if (PdfDocumentWriter.isWebLink(r.url())) tree.append(item, "a", r.title()).setAttribute("href", r.url());
            else tree.text(item, r.title());
        }
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        Element table = block("table", null);
        Element head = tree.append(tree.append(table, "thead"), "tr");
        for (String h : header) tree.append(head, "th", h);
        Element body = tree.append(table, "tbody");
        for (List<String> row : rows) {
            Element tr = tree.append(body, "tr");
            for (String cell : row) tree.append(tr, "td", cell);
        }
    }

    @Override
    public void code(String language, String body) {
        Element code = tree.append(block("pre", null), "code", body);
        code.setAttribute("class", "language-" + language);
        // Lines wrap at spaces; a word longer than the page holds at 8 pt (a key=value has no space) would be broken
        // inside, and a copy of it would not be the setting: such a block gets a smaller font instead.
        int longest = java.util.Arrays.stream(body.split("\\s+")).mapToInt(String::length).max().orElse(0);
        if (longest > CODE_CHARS_AT_8PT) {
            code.setAttribute("style", String.format(java.util.Locale.ROOT, "font-size: %.2fpt", 8.0 * CODE_CHARS_AT_8PT / longest));
        }
    }

    /** Bullets in a row share one list; any other block ends it. */
    private Element item() {
        if (list == null) list = tree.append(root, "ul");
        return tree.append(list, "li");
    }

    private Element block(String tag, String text) {
        list = null;
        return text == null ? tree.append(root, tag) : tree.append(root, tag, text);
    }
}
