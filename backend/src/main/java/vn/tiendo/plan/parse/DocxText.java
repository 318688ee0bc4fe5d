package vn.tiendo.plan.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Plain text of a .docx body: paragraphs and table cells (row by row) in document order. */
final class DocxText {
  private DocxText() {}

  static String extract(InputStream docx) throws IOException {
    if (docx == null) {
      throw new InvalidDocxException("Không có tệp .docx.", null);
    }
    try (XWPFDocument doc = new XWPFDocument(docx)) {
      List<String> lines = new ArrayList<>();
      append(doc.getBodyElements(), lines);
      return String.join("\n", lines);
    } catch (IOException | RuntimeException e) {
      // POI reports a file that is not OOXML with unchecked exceptions (NotOfficeXmlFileException,
      // POIXMLException, ...); callers only need to know the upload was not a readable .docx.
      throw new InvalidDocxException("Không đọc được tệp .docx: " + e.getMessage(), e);
    }
  }

  private static void append(List<IBodyElement> elements, List<String> lines) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph p) {
        lines.add(p.getText());
      } else if (element instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            append(cell.getBodyElements(), lines);
          }
        }
      }
    }
  }
}
