package dev.cdcarchitect.llm.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.cdcarchitect.export.document.MarkdownText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An LLM answer as Markdown that no viewer can turn into live content: raw HTML (blocks and inline) is escaped so
 * it shows as text, images become their alt text and address as text (nothing is loaded), and links stay links
 * only when they point to http(s). Everything else is left byte for byte, so headings and sections read as the
 * model wrote them. The same policy as the rule-engine exports ({@link MarkdownText}, the PDF's link filter).
 * Applying it twice changes nothing, so a project saved again stays the same.
 */
public final class InertMarkdown {

    /** What had to be changed, so the checker can say so truthfully. */
    public enum Change { HTML_ESCAPED, IMAGE_REPLACED, LINK_UNLINKED }

    public record Result(String text, Set<Change> changes) {}

    /** Each round can uncover a construct inside a replaced one (an image in an image's alt text); a few suffice. */
    private static final int MAX_ROUNDS = 8;

    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    private InertMarkdown() {}

    public static String of(String markdown) {
        return sanitize(markdown).text();
    }

    public static Result sanitize(String markdown) {
        Set<Change> changes = EnumSet.noneOf(Change.class);
        String text = markdown;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Edit> edits = new ArrayList<>();
            collect(PARSER.parse(text), edits, changes);
            if (edits.isEmpty()) return new Result(text, changes);
            text = apply(text, edits);
        }
        // A construct that keeps re-forming: take away every character that can open HTML, a link or an image.
        return new Result(text.replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]"), changes);
    }

    private record Edit(int start, int end, String replacement) {}

    /** Walks the tree; a node that is replaced is not descended into (its children go with it). */
    private static void collect(Node node, List<Edit> edits, Set<Change> changes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            Edit edit = edit(child, changes);
            if (edit != null) edits.add(edit);
            else collect(child, edits, changes);
        }
    }

    private static Edit edit(Node node, Set<Change> changes) {
        int start = node.getStartOffset();
        int end = node.getEndOffset();
        if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            changes.add(Change.HTML_ESCAPED);
            return new Edit(start, end, node.getChars().toString().replace("<", "&lt;").replace(">", "&gt;"));
        }
        if (node instanceof Image image) {
            changes.add(Change.IMAGE_REPLACED);
            return new Edit(start, end, imageAsText(plainText(image), image.getUrl().toString()));
        }
        if (node instanceof ImageRef image) {
            changes.add(Change.IMAGE_REPLACED);
            return new Edit(start, end, imageAsText(plainText(image), ""));
        }
        if (node instanceof Link link && !isWebLink(link.getUrl().toString())) {
            changes.add(Change.LINK_UNLINKED);
            return new Edit(start, end, link.getText().toString());
        }
        if (node instanceof AutoLink link && !isWebLink(link.getUrl().toString())) {
            changes.add(Change.LINK_UNLINKED);
            return new Edit(start, end, MarkdownText.inline(link.getUrl().toString()));
        }
        if (node instanceof Reference reference && !isWebLink(reference.getUrl().toString())) {
            changes.add(Change.LINK_UNLINKED); // escaped, the definition is a line of text and no [text][ref] resolves to it
            return new Edit(start, end, MarkdownText.inline(node.getChars().toString()));
        }
        if (node instanceof MailLink) {
            changes.add(Change.LINK_UNLINKED);
            return new Edit(start, end, MarkdownText.inline(node.getChars().subSequence(1, node.getChars().length() - 1).toString()));
        }
        return null;
    }

    /** The alt text and address as words; {@link MarkdownText#inline} turns a web address into a code span. */
    private static String imageAsText(String alt, String url) {
        String shown = MarkdownText.inline(alt.isBlank() ? "image" : alt.strip());
        return url.isBlank() ? shown + " (image not loaded)" : shown + " (image not loaded: " + MarkdownText.inline(url.strip()) + ")";
    }

    private static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    /** The only link targets kept: http(s), judged on the text as written (entities and escapes cannot sneak past). */
    static boolean isWebLink(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String apply(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Edit e : edits.stream().sorted(java.util.Comparator.comparingInt(Edit::start)).toList()) {
            if (e.start() < at) continue; // nested edits cannot overlap, but never write a range twice
            out.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
