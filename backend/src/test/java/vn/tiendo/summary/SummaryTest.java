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

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
        as(t.user("repC2")).body(SmallTree.report(TODAY, 18, 15, true)).post("/api/v1/assignments/" + t.assignmentOf.get("C2") + "/reports")
                .then().statusCode(201);
        as(t.user("repCB")).body(SmallTree.report(TODAY.minusDays(1), 10, 8, false))
                .post("/api/v1/assignments/" + t.assignmentOf.get("CB") + "/reports").then().statusCode(201);
        String url = "/api/v1/plans/" + t.planId + "/summary";
        String dept = t.user("deptRoot");

        byte[] docx = as(dept).get(url + "?format=docx").then().statusCode(200).header("Content-Type", SummaryResource.DOCX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("BÁO CÁO"), text);
            assertTrue(text.contains("Kết quả học tập, quán triệt, tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII"), text);
            assertTrue(text.contains("Thực hiện Kế hoạch số " + t.planNumber + " ngày " + TODAY.minusDays(30).format(VN)), text);
            assertTrue(text.contains("III. ĐÁNH GIÁ CHUNG"), text);
            List<XWPFTable> tables = doc.getTables();
            String header = tables.get(0).getText();
            assertTrue(header.contains("TỈNH ỦY THỬ NGHIỆM"), header);
            assertTrue(header.contains("Số: ... -BC/..."), header);
            assertTrue(header.contains("..., ngày ... tháng ... năm ..."), header);
            assertTrue(header.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), header);

            XWPFTable byTier = tables.get(1);
            assertEquals(List.of("TT", "Đối tượng", "Hạn", "Phải thực hiện", "Đã tổ chức", "Đã báo cáo", "Đúng hạn", "Tham dự (người)",
                    "Tỷ lệ tham dự", "Bài thu hoạch", "Có chương trình hành động"), cells(byTier.getRow(0)));
            assertEquals(List.of("1", "Chi bộ", TODAY.minusDays(4).format(VN), "1", "1", "1", "0", "10/12", "83,3%", "8", "0"),
                    cells(byTier.getRow(1)));
            assertEquals(List.of("2", "Cấp cơ sở", TODAY.plusDays(2).format(VN), "2", "1", "1", "1", "18/20", "90,0%", "15", "1"),
                    cells(byTier.getRow(2)));
            assertEquals(List.of("", "Tổng cộng", "", "3", "2", "2", "1", "28/32", "87,5%", "23", "1"), cells(byTier.getRow(3)));

            XWPFTable byChild = tables.get(2);
            assertEquals(List.of("1", "Thành ủy Tam Kỳ", "3", "2", "2", "1", "28/32", "87,5%", "23", "1"), cells(byChild.getRow(1)));

            XWPFTable outstanding = tables.get(3);
            assertEquals(List.of("TT", "Tổ chức", "Đối tượng", "Hạn", "Số ngày trễ", "Tình trạng"), cells(outstanding.getRow(0)));
            assertEquals(List.of("1", "Đảng ủy phường An Mỹ", "Cấp cơ sở", TODAY.plusDays(2).format(VN), "Chưa đến hạn", "Chưa thực hiện"),
                    cells(outstanding.getRow(1)));
            assertEquals(2, outstanding.getRows().size());
        }

        // one level down: the children are the two wards
        byte[] h = as(dept).get(url + "?orgId=" + t.id("H")).then().statusCode(200).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(h))) {
            XWPFTable byChild = doc.getTables().get(2);
            assertEquals(List.of("1", "Đảng ủy phường An Mỹ", "2", "1", "1", "0", "10/12", "83,3%", "8", "0"), cells(byChild.getRow(1)));
            assertEquals(List.of("2", "Đảng ủy phường Hòa Hương", "1", "1", "1", "1", "18/20", "90,0%", "15", "1"), cells(byChild.getRow(2)));
        }

        byte[] pdf = as(dept).get(url + "?format=pdf").then().statusCode(200).header("Content-Type", SummaryResource.PDF).extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/summary-sample.pdf"), pdf);
        assertTrue(new String(pdf, 0, 5).equals("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        String page = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(page.contains("BÁO CÁO"), page);
        assertTrue(page.contains("Đảng ủy phường An Mỹ"), page);

        as(dept).get(url + "?format=odt").then().statusCode(400);
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
