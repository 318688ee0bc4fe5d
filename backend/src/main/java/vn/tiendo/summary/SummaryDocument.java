package vn.tiendo.summary;

import java.util.List;

/**
 * The summary report as the administrative form lays it out, independent of the file format: the two-column
 * header (issuing committee and number | party motto and place/date), the title, then headings, paragraphs and
 * tables, and the closing (recipients | signature).
 */
record SummaryDocument(
        List<String> issuerLines,
        String numberLine,
        String motto,
        String placeDate,
        String title,
        String subtitle,
        List<Block> blocks,
        List<String> recipients,
        List<String> signature) {

    sealed interface Block permits Heading, Paragraph, Table {}

    record Heading(String text) implements Block {}

    /** {@code placeholder}: text left for the author, shown in italics. */
    record Paragraph(String text, boolean placeholder) implements Block {}

    /** {@code widths}: relative column widths; the last row is bold when it is the total. */
    record Table(List<String> headers, List<List<String>> rows, float[] widths, boolean totalRow) implements Block {}

    /** Left-aligned text columns of the tables: the name (column 1), and the tier beside it in the six-column late list. */
    static boolean isText(int column, int columns) {
        return column == 1 || (column == 2 && columns == 6);
    }
}
