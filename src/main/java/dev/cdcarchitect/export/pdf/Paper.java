package dev.cdcarchitect.export.pdf;

/** Page sizes for the PDF, as CSS {@code @page size} values, upright and turned for the diagram. */
public enum Paper {
    A4(210, 297),
    LETTER(215.9, 279.4);

    private final double widthMm;
    private final double heightMm;

    Paper(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    String cssSize() {
        return widthMm + "mm " + heightMm + "mm";
    }

    String landscapeCssSize() {
        return heightMm + "mm " + widthMm + "mm";
    }

    double landscapeWidthMm() {
        return heightMm;
    }

    double landscapeHeightMm() {
        return widthMm;
    }
}
