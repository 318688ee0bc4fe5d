package vn.tiendo.plan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxTextTest {

    /** An official-looking plan: header table (issuer | motto, number | place and date), body. */
    private static byte[] planDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = doc.createTable(2, 2);
            header.getRow(0).getCell(0).setText("TỈNH ỦY QUẢNG NAM");
            header.getRow(0).getCell(1).setText("ĐẢNG CỘNG SẢN VIỆT NAM");
            header.getRow(1).getCell(0).setText("Số 171-KH/TU");
            header.getRow(1).getCell(1).setText("Quảng Nam, ngày 01 tháng 8 năm 2019");
            doc.createParagraph().createRun().setText("KẾ HOẠCH");
            doc.createParagraph().createRun().setText("Học tập, quán triệt Nghị quyết Trung ương 10");
            doc.createParagraph()
                    .createRun()
                    .setText("1. Cấp huyện và tương đương: 01 ngày, hoàn thành " + "trước ngày 25/9.");
            var run = doc.createParagraph().createRun();
            run.setText("2. Cấp cơ sở: ");
            run.setBold(true);
            doc.getLastParagraph().createRun().setText("01 buổi, hoàn thành trong tháng 10.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void paragraphsAndTableCellsInDocumentOrder() throws IOException {
        String text = PlanTextParser.extractDocxText(new ByteArrayInputStream(planDocx()));
        assertEquals(
                String.join(
                        "\n",
                        "TỈNH ỦY QUẢNG NAM",
                        "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "Số 171-KH/TU",
                        "Quảng Nam, ngày 01 tháng 8 năm 2019",
                        "KẾ HOẠCH",
                        "Học tập, quán triệt Nghị quyết Trung ương 10",
                        "1. Cấp huyện và tương đương: 01 ngày, hoàn thành trước ngày 25/9.",
                        "2. Cấp cơ sở: 01 buổi, hoàn thành trong tháng 10."),
                text);
    }

    @Test
    void aScheduleTableGivesALinePerRow() throws IOException {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = doc.createTable(1, 2);
            header.getRow(0).getCell(0).setText("Số 10-KH/TU");
            header.getRow(0).getCell(1).setText("Tam Kỳ, ngày 01 tháng 6 năm 2021");
            doc.createParagraph().createRun().setText("Lịch học tập như sau:");
            XWPFTable schedule = doc.createTable(3, 4);
            String[][] rows = {
                {"TT", "Cấp", "Thời lượng", "Hạn hoàn thành"},
                {"1", "Cấp huyện và tương đương", "01 ngày", "30/6/2021"},
                {"2", "Cấp cơ sở", "01 buổi", ""}
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 4; c++) {
                    schedule.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            schedule.getRow(2).getCell(3).addParagraph().createRun().setText("31/7/2021");
            doc.write(out);
            bytes = out.toByteArray();
        }
        String text = PlanTextParser.extractDocxText(new ByteArrayInputStream(bytes));
        assertEquals(
                String.join(
                        "\n",
                        "Số 10-KH/TU",
                        "Tam Kỳ, ngày 01 tháng 6 năm 2021",
                        "Lịch học tập như sau:",
                        "TT\tCấp\tThời lượng\tHạn hoàn thành",
                        "1\tCấp huyện và tương đương\t01 ngày\t30/6/2021",
                        "2\tCấp cơ sở\t01 buổi\t31/7/2021"),
                text);
        ParsedPlan plan = new PlanTextParser().parse(text);
        assertEquals(2, plan.tiers().size(), plan.tiers()::toString);
        assertEquals(List.of("huyen"), plan.tiers().get(0).levelCodes());
        assertEquals(LocalDate.of(2021, 6, 30), plan.tiers().get(0).deadline());
        assertEquals(List.of("co-so"), plan.tiers().get(1).levelCodes());
        assertEquals(LocalDate.of(2021, 7, 31), plan.tiers().get(1).deadline());
    }

    @Test
    void extractedTextParses() throws IOException {
        String text = PlanTextParser.extractDocxText(new ByteArrayInputStream(planDocx()));
        ParsedPlan plan = new PlanTextParser().parse(text);
        assertEquals("171-KH/TU", plan.number());
        assertEquals(LocalDate.of(2019, 8, 1), plan.issuedOn());
        assertEquals("Học tập, quán triệt Nghị quyết Trung ương 10", plan.title());
        assertEquals(2, plan.tiers().size());
        assertEquals(List.of("huyen"), plan.tiers().get(0).levelCodes());
        assertEquals(LocalDate.of(2019, 9, 25), plan.tiers().get(0).deadline());
        assertEquals(LocalDate.of(2019, 10, 31), plan.tiers().get(1).deadline());
    }

    @Test
    void bytesThatAreNotADocxAreRejected() {
        byte[] text = "Kế hoạch số 01-KH/TU".getBytes(StandardCharsets.UTF_8);
        assertThrows(InvalidDocxException.class, () -> PlanTextParser.extractDocxText(new ByteArrayInputStream(text)));
        assertThrows(
                InvalidDocxException.class,
                () -> PlanTextParser.extractDocxText(new ByteArrayInputStream(new byte[0])));
        assertThrows(InvalidDocxException.class, () -> PlanTextParser.extractDocxText(null));
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRejected() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("xin chào".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        InputStream in = new ByteArrayInputStream(bytes.toByteArray());
        IOException e = assertThrows(IOException.class, () -> PlanTextParser.extractDocxText(in));
        assertEquals(InvalidDocxException.class, e.getClass());
    }

    /** A .docx whose body inflates 1000:1 (a zip bomb) is refused before it is inflated whole. */
    @Test
    void aZipBombIsRejected() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(planDocx()));
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.lastIndexOf("</w:body>");
                    content = (xml.substring(0, at) + " ".repeat(20 << 20) + xml.substring(at))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(content);
                zip.closeEntry();
            }
        }
        assertTrue(bytes.size() < 200_000, "the bomb is small: " + bytes.size());
        InputStream in = new ByteArrayInputStream(bytes.toByteArray());
        IOException e = assertThrows(IOException.class, () -> PlanTextParser.extractDocxText(in));
        assertEquals(InvalidDocxException.class, e.getClass());
        assertTrue(e.getMessage().contains("Zip bomb"), e.getMessage());
    }

    @Test
    void extractionStopsPastTheLimit() throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // varied text, as a real document compresses (the same line a thousand times looks like a bomb)
            java.util.Random random = new java.util.Random(3);
            String line = "";
            for (int i = 0; i < 1000; i++) {
                StringBuilder sb = new StringBuilder();
                while (sb.length() < 1000) {
                    sb.append("Chi bộ ")
                            .append(random.nextInt(100000))
                            .append(" học tập ngày ")
                            .append(1 + random.nextInt(28))
                            .append('/')
                            .append(1 + random.nextInt(12))
                            .append("; ");
                }
                line = sb.toString();
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            String text = PlanTextParser.extractDocxText(new ByteArrayInputStream(out.toByteArray()));
            assertTrue(
                    text.length() > PlanTextParser.MAX_CHARS
                            && text.length() < PlanTextParser.MAX_CHARS + 2 * line.length(),
                    "extracted " + text.length());
        }
    }
}
