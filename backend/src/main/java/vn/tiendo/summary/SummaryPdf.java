package vn.tiendo.summary;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.tiendo.summary.SummaryDocument.Heading;
import vn.tiendo.summary.SummaryDocument.Table;

/**
 * The summary as PDF (OpenPDF), set in Liberation Serif — metric-compatible with Times New Roman and covering
 * Vietnamese — embedded from the openpdf-fonts-extra artifact, so diacritics render the same everywhere.
 */
final class SummaryPdf {
    private static final BaseFont REGULAR = font("liberation/LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = font("liberation/LiberationSerif-Italic.ttf");
    private static final BaseFont BOLD_ITALIC = font("liberation/LiberationSerif-BoldItalic.ttf");
    private static final float BODY = 13;
    private static final float TABLE = 9;

    private SummaryPdf() {}

    static void write(SummaryDocument d, OutputStream out) {
        // A4 with the margins of an administrative text: 3 cm left, 1.5 cm right, 2 cm top and bottom
        Document doc = new Document(PageSize.A4, 85, 42, 57, 57);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(d.title() + " " + d.subtitle());
        doc.addCreator("Tiến độ");
        doc.open();
        doc.add(header(d));
        doc.add(centered(d.title(), font(BOLD, 14), 14));
        doc.add(centered(d.subtitle(), font(BOLD, 14), 0));
        doc.add(centered("-----", font(REGULAR, BODY), 6));
        for (SummaryDocument.Block b : d.blocks()) {
            if (b instanceof Heading h) {
                Paragraph p = new Paragraph(h.text(), font(BOLD, BODY));
                p.setSpacingBefore(6);
                p.setSpacingAfter(3);
                doc.add(p);
            } else if (b instanceof SummaryDocument.Paragraph para) {
                Paragraph p = new Paragraph(para.text(), font(para.placeholder() ? ITALIC : REGULAR, BODY));
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setFirstLineIndent(28);
                p.setSpacingAfter(3);
                p.setLeading(17);
                doc.add(p);
            } else if (b instanceof Table t) {
                doc.add(table(t));
            }
        }
        doc.add(closing(d));
        doc.close();
    }

    private static PdfPTable header(SummaryDocument d) {
        PdfPTable t = new PdfPTable(new float[] {45, 55});
        t.setWidthPercentage(100);
        PdfPCell left = borderless();
        List<String> lines = d.issuerLines();
        for (int i = 0; i < lines.size(); i++) {
            left.addElement(centered(lines.get(i), font(i == lines.size() - 1 ? BOLD : REGULAR, BODY), 0));
        }
        left.addElement(centered("*", font(REGULAR, BODY), 0));
        left.addElement(centered(d.numberLine(), font(REGULAR, BODY), 0));
        PdfPCell right = borderless();
        Font motto = font(BOLD, 14);
        motto.setStyle(Font.UNDERLINE);
        right.addElement(centered(d.motto(), motto, 0));
        right.addElement(centered(d.placeDate(), font(ITALIC, BODY), 16));
        t.addCell(left);
        t.addCell(right);
        t.setSpacingAfter(10);
        return t;
    }

    private static PdfPTable table(Table t) {
        PdfPTable table = new PdfPTable(t.widths());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(3);
        table.setSpacingAfter(8);
        for (int i = 0; i < t.headers().size(); i++) {
            PdfPCell c = cell(t.headers().get(i), font(BOLD, TABLE), Element.ALIGN_CENTER);
            c.setBackgroundColor(new Color(230, 230, 230));
            c.setNoWrap(i == 0); // "TT"
            table.addCell(c);
        }
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            boolean total = t.totalRow() && i == t.rows().size() - 1;
            for (int c = 0; c < row.size(); c++) {
                boolean text = SummaryDocument.isText(c, row.size());
                PdfPCell cell = cell(
                        row.get(c),
                        font(total ? BOLD : REGULAR, TABLE),
                        text ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                cell.setNoWrap(!text); // a number never breaks
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPTable closing(SummaryDocument d) {
        PdfPTable t = new PdfPTable(new float[] {50, 50});
        t.setWidthPercentage(100);
        t.setSpacingBefore(14);
        PdfPCell left = borderless();
        for (int i = 0; i < d.recipients().size(); i++) {
            left.addElement(new Paragraph(d.recipients().get(i), i == 0 ? font(BOLD_ITALIC, 12) : font(REGULAR, 11)));
        }
        PdfPCell right = borderless();
        for (int i = 0; i < d.signature().size(); i++) {
            String line = d.signature().get(i);
            right.addElement(
                    centered(line.isEmpty() ? "\u00a0" : line, font(line.startsWith("(") ? ITALIC : BOLD, BODY), 0));
        }
        t.addCell(left);
        t.addCell(right);
        return t;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(2.5f);
        return c;
    }

    private static PdfPCell borderless() {
        PdfPCell c = new PdfPCell();
        c.setBorder(PdfPCell.NO_BORDER);
        return c;
    }

    private static Paragraph centered(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private static Font font(BaseFont base, float size) {
        return new Font(base, size);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = SummaryPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
