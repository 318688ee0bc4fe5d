package vn.tiendo.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.as;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/** The summary report draft: the DOCX opened and its table cells read back; the PDF carries the same text. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SummaryTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);
    static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void summaryByTierAndChildInDocxAndPdf() throws Exception {
        SmallTree t = new SmallTree(TODAY.minusDays(30), TODAY.minusDays(4), TODAY.plusDays(2));
        as(t.user("repC2"))
                .body(SmallTree.report(TODAY, 18, 15, true))
                .post("/api/v1/assignments/" + t.assignmentOf.get("C2") + "/reports")
                .then()
                .statusCode(201);
        as(t.user("repCB"))
                .body(SmallTree.report(TODAY.minusDays(1), 10, 8, false))
                .post("/api/v1/assignments/" + t.assignmentOf.get("CB") + "/reports")
                .then()
                .statusCode(201);
        String url = "/api/v1/plans/" + t.planId + "/summary";
        String dept = t.user("deptRoot");

        byte[] docx = as(dept).get(url + "?format=docx")
                .then()
                .statusCode(200)
                .header("Content-Type", SummaryResource.DOCX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".docx"))
                .extract()
                .asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("BÁO CÁO"), text);
            assertTrue(
                    text.contains(
                            "Kết quả học tập, quán triệt, tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII"),
                    text);
            assertTrue(
                    text.contains("Thực hiện Kế hoạch số " + t.planNumber + " ngày "
                            + TODAY.minusDays(30).format(VN)),
                    text);
            assertTrue(text.contains("III. ĐÁNH GIÁ CHUNG"), text);
            List<XWPFTable> tables = doc.getTables();
            String header = tables.get(0).getText();
            assertTrue(header.contains("TỈNH ỦY THỬ NGHIỆM"), header);
            assertTrue(header.contains("-BC/TU"), header);
            assertTrue(
                    header.contains("Thử nghiệm " + t.prefix + ", ngày "
                            + TODAY.format(DateTimeFormatter.ofPattern("dd 'tháng' MM 'năm' yyyy"))),
                    header);
            assertTrue(header.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), header);

            XWPFTable byTier = tables.get(1);
            assertEquals(
                    List.of(
                            "TT",
                            "Đối tượng",
                            "Hạn",
                            "Phải thực hiện",
                            "Đã tổ chức",
                            "Đã báo cáo",
                            "Đúng hạn",
                            "Tham dự (người)",
                            "Tỷ lệ tham dự",
                            "Bài thu hoạch",
                            "Có chương trình hành động"),
                    cells(byTier.getRow(0)));
            assertEquals(
                    List.of(
                            "1",
                            "Chi bộ",
                            TODAY.minusDays(4).format(VN),
                            "1",
                            "1",
                            "1",
                            "0",
                            "10/12",
                            "83,3%",
                            "8",
                            "0"),
                    cells(byTier.getRow(1)));
            assertEquals(
                    List.of(
                            "2",
                            "Cấp cơ sở",
                            TODAY.plusDays(2).format(VN),
                            "2",
                            "1",
                            "1",
                            "1",
                            "18/20",
                            "90,0%",
                            "15",
                            "1"),
                    cells(byTier.getRow(2)));
            assertEquals(
                    List.of("", "Tổng cộng", "", "3", "2", "2", "1", "28/32", "87,5%", "23", "1"),
                    cells(byTier.getRow(3)));

            XWPFTable byChild = tables.get(2);
            assertEquals(
                    List.of("1", "Thành ủy Tam Kỳ", "3", "2", "2", "1", "28/32", "87,5%", "23", "1"),
                    cells(byChild.getRow(1)));

            assertTrue(text.contains("Không có tổ chức nào quá hạn."), text);
            assertTrue(
                    text.contains("1 nhiệm vụ chưa đến hạn đang được triển khai."),
                    "not-yet-due ones are only counted: " + text);
            String closing = tables.get(3).getText();
            assertTrue(closing.contains("- Ban Tuyên giáo và Dân vận Trung ương (để báo cáo),"), closing);
            assertTrue(closing.contains("- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy (để biết),"), closing);
            assertTrue(closing.contains("- Lưu Văn phòng Tỉnh ủy."), closing);
            assertTrue(
                    !closing.contains("Tỉnh ủy Thử nghiệm " + t.prefix + " (để báo cáo)"),
                    "never reports to itself: " + closing);
        }

        // one level down: the children are the two wards
        byte[] h = as(dept).get(url + "?orgId=" + t.id("H"))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(h))) {
            XWPFTable byChild = doc.getTables().get(2);
            assertEquals(
                    List.of("1", "Đảng ủy phường An Mỹ", "2", "1", "1", "0", "10/12", "83,3%", "8", "0"),
                    cells(byChild.getRow(1)));
            assertEquals(
                    List.of("2", "Đảng ủy phường Hòa Hương", "1", "1", "1", "1", "18/20", "90,0%", "15", "1"),
                    cells(byChild.getRow(2)));
        }

        byte[] pdf = as(dept).get(url + "?format=pdf")
                .then()
                .statusCode(200)
                .header("Content-Type", SummaryResource.PDF)
                .extract()
                .asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/summary-sample.pdf"), pdf);
        assertTrue(new String(pdf, 0, 5).equals("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        String page = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(page.contains("BÁO CÁO"), page);
        assertTrue(page.contains("Thành ủy Tam Kỳ"), page);

        as(dept).get(url + "?format=odt").then().statusCode(400);
    }

    @Test
    void addressedUpwardWithTheHeadingAsEditedAndTheLateListed() throws Exception {
        SmallTree t = new SmallTree(TODAY.minusDays(30), TODAY.minusDays(4), TODAY.plusDays(2));
        String dept = t.user("deptRoot");
        String url = "/api/v1/plans/" + t.planId + "/summary";
        as(dept).get(url + "/heading?orgId=" + t.id("H"))
                .then()
                .statusCode(200)
                .body("symbol", org.hamcrest.Matchers.equalTo("BC/TU"))
                .body("place", org.hamcrest.Matchers.equalTo("Tam Kỳ"))
                .body("date", org.hamcrest.Matchers.equalTo(TODAY.toString()))
                .body("number", org.hamcrest.Matchers.nullValue());
        byte[] docx = as(dept).get(url + "?orgId=" + t.id("H") + "&number=15&place=Hội An&date=2026-12-05")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            String header = doc.getTables().get(0).getText();
            assertTrue(header.contains("ĐẢNG BỘ TỈNH THỬ NGHIỆM " + t.prefix.toUpperCase()), header);
            assertTrue(header.contains("THÀNH ỦY TAM KỲ"), header);
            assertTrue(header.contains("Số 15-BC/TU"), header);
            assertTrue(header.contains("Hội An, ngày 05 tháng 12 năm 2026"), header);
            XWPFTable late = doc.getTables().get(3);
            assertEquals(
                    List.of("TT", "Tổ chức", "Đối tượng", "Hạn", "Số ngày trễ", "Trạng thái"), cells(late.getRow(0)));
            assertEquals(
                    List.of(
                            "1",
                            "Chi bộ khối phố 3",
                            "Chi bộ",
                            TODAY.minusDays(4).format(VN),
                            "4",
                            "Chưa thực hiện"),
                    cells(late.getRow(1)));
            assertEquals(2, late.getRows().size(), "only the late one is listed");
            assertTrue(text.contains("2 nhiệm vụ chưa đến hạn đang được triển khai."), text);
            String closing = doc.getTables().get(4).getText();
            assertTrue(closing.contains("- Tỉnh ủy Thử nghiệm " + t.prefix + " (để báo cáo),"), closing);
            assertTrue(closing.contains("- Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo),"), closing);
            assertTrue(closing.contains("- Các đồng chí Ủy viên Ban Thường vụ Thành ủy (để biết),"), closing);
            assertTrue(closing.contains("- Lưu Văn phòng Thành ủy."), closing);
        }
        byte[] pdf = as(dept).get(url + "?orgId=" + t.id("H") + "&format=pdf&number=15")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Files.write(Path.of("target/summary-sample-h.pdf"), pdf);
        as(dept).get(url + "?date=05/12/2026")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("date"));
        as(dept).get(url + "?number=" + "9".repeat(21))
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("number"));
        as(t.user("deptOther")).get(url + "/heading").then().statusCode(404);
        as(t.user("repCB")).get(url + "/heading").then().statusCode(403);
    }

    @Test
    void vietnameseThousandsSeparator() {
        assertEquals("10.204", Figures.number(10204));
        assertEquals("1.234.567", Figures.number(1234567));
        assertEquals("999", Figures.number(999));
        assertEquals("0", Figures.number(0));
    }

    @Test
    void scope() {
        SmallTree t = new SmallTree(TODAY.minusDays(30), TODAY.minusDays(4), TODAY.plusDays(2));
        String url = "/api/v1/plans/" + t.planId + "/summary";
        as(t.user("deptOther")).get(url).then().statusCode(404);
        as(t.user("repOther")).get(url).then().statusCode(404);
        as(t.user("deptC1")).get(url + "?orgId=" + t.id("C2")).then().statusCode(404);
        as(t.user("repCB")).get(url).then().statusCode(403);
        as(t.user("viewerH")).get(url + "?format=pdf").then().statusCode(200);
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }
}
