package dev.cdcarchitect.llm.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An LLM answer made inert: what any Markdown viewer renders from it loads nothing and runs nothing. */
@Tag("adversarial")
class InertMarkdownTest {

    /** A viewer that passes raw HTML through, as many do: the strictest test of what the text can do. */
    static String rendered(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown)).toLowerCase(Locale.ROOT);
    }

    static void assertInert(String markdown) {
        String html = rendered(markdown);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<iframe"), html);
        assertFalse(html.matches("(?s).*<[a-z][^>]*\\son[a-z]+=.*"), html);
        assertFalse(html.matches("(?s).*href=\"(?!https?://).*"), "only http(s) links: " + html);
        assertFalse(markdown.matches("(?s).*!\\[[^\\]]*]\\(.*"), "no image syntax left: " + markdown);
        assertFalse(markdown.toLowerCase(Locale.ROOT).matches("(?s).*<(script|img|iframe|svg|a)\\b.*"), "no raw tag left: " + markdown);
    }

    @Test
    void rawHtmlBlocksAndInlineHtmlShowAsText() {
        String inert = InertMarkdown.of("## 1. CDC Engine\n<script>alert(1)</script>\n\nUse <img src=x onerror=alert(2)> Debezium.\n");
        assertInert(inert);
        assertTrue(inert.startsWith("## 1. CDC Engine\n"), "headings stay as they were: " + inert);
        assertTrue(rendered(inert).contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the HTML is shown, not dropped: " + rendered(inert));
        assertTrue(rendered(inert).contains("use &lt;img src=x onerror=alert(2)&gt; debezium."), rendered(inert));
    }

    @Test
    void imagesBecomeTheirAltTextAndTheUrlAsText() {
        String inert = InertMarkdown.of("See ![the diagram](http://evil.example/track.png \"t\") here.\n");
        assertInert(inert);
        assertTrue(inert.contains("the diagram") && inert.contains("http://evil.example/track.png"), inert);
        String ref = InertMarkdown.of("Look ![pixel][p]\n\n[p]: https://evil.example/p.gif\n");
        assertInert(ref);
        String nested = InertMarkdown.of("[![badge](https://img.example/b.svg)](https://site.example)\n");
        assertInert(nested);
        assertTrue(rendered(nested).contains("href=\"https://site.example\""), "the http link around it stays: " + nested);
    }

    @Test
    void onlyHttpLinksStayLinks() {
        String inert = InertMarkdown.of("[docs](https://debezium.io/docs) [click](javascript:alert(1)) [d](data:text/html;base64,PHNjcmlwdD4=) "
                + "[f](file:///etc/passwd) [v](VBScript:msgbox) [e](&#106;avascript:alert(1)) <javascript:alert(3)> <https://kafka.apache.org> "
                + "<someone@example.com>\n\n[r]: javascript:alert(4)\n\nSee [ref][r].\n");
        assertInert(inert);
        String html = rendered(inert);
        assertTrue(html.contains("<a href=\"https://debezium.io/docs\">docs</a>"), html);
        assertTrue(html.contains("<a href=\"https://kafka.apache.org\">"), html);
        assertTrue(html.contains("click") && html.contains("ref"), "the link text stays as text: " + html);
    }

    @Test
    void codeIsLeftAloneAndTheResultIsStable() {
        String answer = "## 2. Log\n```xml\n<script>in code</script>\n```\nUse `<img>` in code.\n| a | b |\n|---|---|\n| <b>x</b> | y |\n";
        String inert = InertMarkdown.of(answer);
        assertTrue(inert.contains("```xml\n<script>in code</script>\n```"), "a code block is text already: " + inert);
        assertTrue(inert.contains("`<img>`"), inert);
        assertEquals(inert, InertMarkdown.of(inert), "sanitising twice changes nothing (a project saved again stays the same)");
        String plain = "## 1. CDC Engine Selection & Configuration\n- Debezium with pgoutput, acks=all & 3 < 5.\n";
        assertEquals(plain, InertMarkdown.of(plain), "an answer without HTML, images or odd links is untouched");
    }
}
