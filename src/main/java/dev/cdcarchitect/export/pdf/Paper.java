package dev.cdcarchitect.export.pdf;

/** Page sizes for the PDF, as CSS {@code @page size} values. */
public enum Paper {
    A4("210mm 297mm"),
    LETTER("8.5in 11in");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    String cssSize() {
        return cssSize;
    }
}
