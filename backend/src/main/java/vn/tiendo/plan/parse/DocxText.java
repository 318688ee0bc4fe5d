package vn.tiendo.plan.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Plain text of a .docx body: paragraphs and table cells (row by row) in document order; a
 * schedule table gives one line per row (see {@link #SCHEDULE_COLUMNS}).
 *
 * <p>A .docx is a zip, so an upload of a few megabytes could inflate to gigabytes (a zip bomb).
 * POI's guards are set explicitly, not left to its defaults: an entry may not inflate more than
 * 1:{@value #MIN_INFLATE_RATIO_INVERSE} (a Word body compresses about 1:10), nor exceed
 * {@value #MAX_ENTRY_BYTES} bytes, nor hold more than {@value #MAX_TEXT_CHARS} chars of text; and
 * extraction stops as soon as the text passes {@link PlanTextParser#MAX_CHARS}, which the caller
 * then refuses. These are process-wide POI settings; this is the only place that reads Office
 * files from users.
 */
final class DocxText {
    static final int MIN_INFLATE_RATIO_INVERSE = 100;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final long MAX_TEXT_CHARS = 4L * PlanTextParser.MAX_CHARS;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MIN_INFLATE_RATIO_INVERSE);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    /**
     * A table of this many columns or more is a schedule (level, length, deadline, ...): its rows
     * come out one line each, cells separated by tabs, as a table pasted as text reads. Narrower
     * tables (the header: issuer | motto, number | place and date) give a line per cell.
     */
    static final int SCHEDULE_COLUMNS = 3;

    private DocxText() {}

    static String extract(InputStream docx) throws IOException {
        if (docx == null) {
            throw new InvalidDocxException("Không có tệp .docx.", null);
        }
        try (XWPFDocument doc = new XWPFDocument(docx)) {
            StringBuilder out = new StringBuilder();
            append(doc.getBodyElements(), out, new int[1]);
            return out.toString();
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not OOXML (or a zip bomb) with unchecked exceptions
            // (NotOfficeXmlFileException, POIXMLException, ...); callers only need to know the upload
            // was not a readable .docx.
            throw new InvalidDocxException("Không đọc được tệp .docx: " + e.getMessage(), e);
        }
    }

    /** Appends lines joined by {@code \n}; stops once past {@link PlanTextParser#MAX_CHARS}. */
    private static void append(List<IBodyElement> elements, StringBuilder out, int[] lines) {
        for (IBodyElement element : elements) {
            if (out.length() > PlanTextParser.MAX_CHARS) {
                return;
            }
            if (element instanceof XWPFParagraph p) {
                if (lines[0]++ > 0) {
                    out.append('\n');
                }
                out.append(p.getText());
            } else if (element instanceof XWPFTable t) {
                boolean schedule = t.getRows().stream()
                                .mapToInt(r -> r.getTableCells().size())
                                .max()
                                .orElse(0)
                        >= SCHEDULE_COLUMNS;
                for (XWPFTableRow row : t.getRows()) {
                    if (out.length() > PlanTextParser.MAX_CHARS) {
                        return;
                    }
                    if (schedule) {
                        if (lines[0]++ > 0) {
                            out.append('\n');
                        }
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replaceAll("\\s+", " ").strip());
                        }
                        out.append(String.join("\t", cells));
                    } else {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            append(cell.getBodyElements(), out, lines);
                        }
                    }
                }
            }
        }
    }
}
