package vn.tiendo.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.tiendo.summary.SummaryDocument.Heading;
import vn.tiendo.summary.SummaryDocument.Paragraph;
import vn.tiendo.summary.SummaryDocument.Table;

/** The summary as an editable Word document (Apache POI XWPF): A4, Times New Roman, the usual margins of an administrative text. */
final class SummaryDocx {
    private static final String FONT = "Times New Roman";
    private static final int BODY = 13;
    private static final int TABLE = 10;

    private SummaryDocx() {}

    static void write(SummaryDocument d, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            header(doc, d);
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, 240, 0);
            run(title, d.title(), 14, true, false);
            XWPFParagraph subtitle = paragraph(doc, ParagraphAlignment.CENTER, 0, 0);
            run(subtitle, d.subtitle(), 14, true, false);
            run(paragraph(doc, ParagraphAlignment.CENTER, 0, 120), "-----", BODY, false, false);
            for (SummaryDocument.Block b : d.blocks()) {
                if (b instanceof Heading h) {
                    run(paragraph(doc, ParagraphAlignment.BOTH, 120, 60), h.text(), BODY, true, false);
                } else if (b instanceof Paragraph p) {
                    XWPFParagraph para = paragraph(doc, ParagraphAlignment.BOTH, 0, 60);
                    para.setIndentationFirstLine(567);
                    run(para, p.text(), BODY, false, p.placeholder());
                } else if (b instanceof Table t) {
                    table(doc, t);
                }
            }
            closing(doc, d);
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1701));
        margin.setRight(BigInteger.valueOf(851));
    }

    /** Issuing committee and number on the left, the party's name and the place and date on the right. */
    private static void header(XWPFDocument doc, SummaryDocument d) {
        XWPFTable t = doc.createTable(1, 2);
        noBorders(t);
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        left.setWidth("45%");
        right.setWidth("55%");
        List<String> lines = d.issuerLines();
        for (int i = 0; i < lines.size(); i++) {
            run(
                    cellParagraph(left, i == 0, ParagraphAlignment.CENTER),
                    lines.get(i),
                    BODY,
                    i == lines.size() - 1,
                    false);
        }
        run(cellParagraph(left, false, ParagraphAlignment.CENTER), "*", BODY, false, false);
        run(cellParagraph(left, false, ParagraphAlignment.CENTER), d.numberLine(), BODY, false, false);
        XWPFRun motto = run(cellParagraph(right, true, ParagraphAlignment.CENTER), d.motto(), 14, true, false);
        motto.setUnderline(UnderlinePatterns.SINGLE);
        run(cellParagraph(right, false, ParagraphAlignment.CENTER), "", BODY, false, false);
        run(cellParagraph(right, false, ParagraphAlignment.CENTER), d.placeDate(), BODY, false, true);
    }

    private static void table(XWPFDocument doc, Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        float sum = 0;
        for (float w : t.widths()) {
            sum += w;
        }
        fill(table.getRow(0), t.headers(), true, t.widths(), sum);
        for (int i = 0; i < t.rows().size(); i++) {
            boolean bold = t.totalRow() && i == t.rows().size() - 1;
            fill(table.getRow(i + 1), t.rows().get(i), bold, t.widths(), sum);
        }
        paragraph(doc, ParagraphAlignment.LEFT, 0, 60);
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold, float[] widths, float sum) {
        for (int c = 0; c < values.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * widths[c] / sum));
            boolean text = SummaryDocument.isText(c, values.size());
            if (!text || c == 0) {
                // a number (and the "TT" header) never breaks
                (cell.getCTTc().isSetTcPr()
                                ? cell.getCTTc().getTcPr()
                                : cell.getCTTc().addNewTcPr())
                        .addNewNoWrap();
            }
            run(
                    cellParagraph(cell, true, text ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER),
                    values.get(c),
                    TABLE,
                    bold,
                    false);
        }
    }

    private static void closing(XWPFDocument doc, SummaryDocument d) {
        XWPFTable t = doc.createTable(1, 2);
        noBorders(t);
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        for (int i = 0; i < d.recipients().size(); i++) {
            run(
                    cellParagraph(left, i == 0, ParagraphAlignment.LEFT),
                    d.recipients().get(i),
                    i == 0 ? 12 : 11,
                    i == 0,
                    i == 0);
        }
        for (int i = 0; i < d.signature().size(); i++) {
            String line = d.signature().get(i);
            run(
                    cellParagraph(right, i == 0, ParagraphAlignment.CENTER),
                    line,
                    BODY,
                    !line.startsWith("("),
                    line.startsWith("("));
        }
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first, ParagraphAlignment align) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        return r;
    }

    private static void noBorders(XWPFTable t) {
        t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    }
}
