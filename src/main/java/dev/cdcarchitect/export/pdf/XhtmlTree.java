package dev.cdcarchitect.export.pdf;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the XHTML tree openhtmltopdf lays out, element by element. Text only ever enters as text nodes, so no
 * user text can become markup, whatever it contains.
 */
final class XhtmlTree {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    final Document document;
    final Element head;
    final Element body;

    XhtmlTree(String title, String css) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder in this Java runtime", e);
        }
        Element html = document.createElementNS(XHTML, "html");
        document.appendChild(html);
        head = append(html, "head");
        append(head, "title", title);
        append(head, "style", css);
        body = append(html, "body");
    }

    /** A detached element, to be placed later. */
    Element create(String tag) {
        return document.createElementNS(XHTML, tag);
    }

    Element append(Element parent, String tag) {
        return (Element) parent.appendChild(create(tag));
    }

    Element append(Element parent, String tag, String text) {
        Element element = append(parent, tag);
        element.setTextContent(text);
        return element;
    }

    Element append(Element parent, String tag, String cssClass, String text) {
        Element element = append(parent, tag, text);
        element.setAttribute("class", cssClass);
        return element;
    }

    void text(Element parent, String text) {
        parent.appendChild(document.createTextNode(text));
    }
}
