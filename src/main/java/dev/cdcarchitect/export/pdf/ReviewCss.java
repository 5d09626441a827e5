package dev.cdcarchitect.export.pdf;

/**
 * The print stylesheet: page size and numbers, fonts, headings, tables and config blocks. The diagram has landscape
 * pages of its own; tables repeat their header row on every page they continue on.
 */
final class ReviewCss {

    private ReviewCss() {}

    static String css(Paper paper) {
        return """
                @page { size: %s; margin: 20mm 16mm 18mm 16mm;
                  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #57606a; }
                  @top-right { content: "CDC Architecture Specification"; font-family: 'DejaVu Sans'; font-size: 8pt; color: #8c959f; } }
                @page :first { @bottom-center { content: none; } @top-right { content: none; } }
                @page landscape { size: %s; margin: 10mm 12mm 10mm 12mm; }
                body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.4; color: #1f2328; }
                .title-page { page-break-after: always; padding-top: 50mm; }
                .kicker { font-size: 12pt; color: #57606a; text-transform: uppercase; letter-spacing: 1pt; }
                .title-page h1 { font-size: 22pt; color: #1a3e72; margin: 4mm 0 8mm 0; }
                .date { color: #57606a; }
                table.inputs { margin-top: 10mm; width: 100%%; }
                table.inputs th { width: 35mm; text-align: left; vertical-align: top; }
                .made { margin-top: 12mm; color: #57606a; font-size: 8.5pt; }
                .toc ul { list-style: none; padding: 0; }
                .toc li { margin: 2mm 0; }
                .toc a { color: #1f2328; text-decoration: none; }
                .toc a::after { content: leader('.') target-counter(attr(href), page); }
                .diagram { page: landscape; }
                .diagram h2 { margin: 0 0 2mm 0; }
                .diagram .caption { margin: 0 0 1mm 0; }
                .diagram-part { page-break-before: always; }
                .caption { color: #57606a; font-size: 8pt; }
                table.components { width: 100%%; font-size: 7pt; table-layout: fixed; }
                table.components th.kind { width: 10%%; } table.components th.name { width: 23%%; }
                table.components th.size { width: 8%%; } table.components th.settings { width: 59%%; }
                table.components td { padding: 1mm; }
                h2 { font-size: 14pt; color: #1a3e72; border-bottom: 1px solid #1a3e72; padding-bottom: 1mm; page-break-after: avoid; }
                .spec h2 { page-break-before: always; }
                h2.plain { border: none; }
                h3 { font-size: 11pt; margin-top: 5mm; page-break-after: avoid; }
                a { color: #0969da; }
                code, pre { font-family: 'DejaVu Sans Mono'; font-size: 8pt; }
                pre { background: #f6f8fa; border: 1px solid #d0d7de; padding: 2mm; white-space: pre-wrap; word-wrap: break-word; }
                table { border-collapse: collapse; margin: 2mm 0; -fs-table-paginate: paginate; }
                .spec table { width: 100%%; font-size: 8pt; }
                th, td { border: 1px solid #d0d7de; padding: 1mm 1.5mm; vertical-align: top; }
                th { background: #f6f8fa; }
                """.formatted(paper.cssSize(), paper.landscapeCssSize());
    }
}
