package vn.tiendo.summary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

/** National-size figures fit their cells: the PDF's text keeps "10.204/10.225" and "TT" whole on one line. */
class SummaryLayoutTest {
    @Test
    void bigNumbersDoNotBreak() throws Exception {
        Figures f = new Figures(10_225, 10_210, 10_204, 9_876, 1_020_400, 1_022_500, 987_654, 10_111);
        List<String> headers = new ArrayList<>(List.of("TT", "Tổ chức"));
        headers.addAll(SummaryService.FIGURE_HEADERS);
        List<String> row = new ArrayList<>(List.of("1", "Đảng ủy phường Hòa Hương"));
        row.addAll(List.of(
                Figures.number(f.owed()),
                Figures.number(f.held()),
                Figures.number(f.reported()),
                Figures.number(f.onTime()),
                Figures.number(f.attendees()) + "/" + Figures.number(f.expected()),
                Figures.percent(f.attendees(), f.expected()),
                Figures.number(f.writeUps()),
                Figures.number(f.actionProgrammes())));
        SummaryDocument.Table table =
                new SummaryDocument.Table(headers, List.of(row), SummaryService.CHILD_WIDTHS, false);
        SummaryDocument d = new SummaryDocument(
                List.of("ĐẢNG BỘ TỈNH QUẢNG NAM", "THÀNH ỦY TAM KỲ"),
                "Số 15-BC/TU",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Tam Kỳ, ngày 05 tháng 12 năm 2026",
                "BÁO CÁO",
                "Kết quả",
                List.of(table),
                List.of("Nơi nhận:"),
                List.of("T/M BAN THƯỜNG VỤ"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(d, out);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/summary-wide.pdf"), out.toByteArray());
        String text = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
        for (String whole : List.of("1.020.400/1.022.500", "10.225", "10.204", "987.654", "TT")) {
            assertTrue(text.lines().anyMatch(l -> l.contains(whole)), whole + " broken in:\n" + text);
        }
    }
}
