package vn.tiendo.plan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plan number, date of issue, title, resolution, and the purpose / requirements sections. */
class HeaderAndSectionTest {
    private final PlanTextParser parser = new PlanTextParser();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Kế hoạch số 171- KH/TU ngày 01/8/2019 của Ban Thường vụ Tỉnh ủy | 171-KH/TU | 2019-08-01",
                "KẾ HOẠCH SỐ 171-KH/TU, NGÀY 01/8/2019 | 171-KH/TU | 2019-08-01",
                "Ke hoach so 171 - KH/TU ngay 01/8/2019 | 171-KH/TU | 2019-08-01",
                "Kế hoạch số 171–KH/TU ngày 01 tháng 8 năm 2019 | 171-KH/TU | 2019-08-01",
                "Kế hoạch số 12/KH-UBND ngày 5/3/2021 | 12/KH-UBND | 2021-03-05",
                "Kế hoạch số 07-KH/HU | 07-KH/HU | ",
            })
    void planNumberAndDate(String text, String number, String issuedOn) {
        ParsedPlan plan = parser.parse(text);
        assertEquals(number, plan.number());
        assertEquals(issuedOn == null ? null : LocalDate.parse(issuedOn), plan.issuedOn());
        Span s = plan.spans().get("number");
        assertTrue(text.substring(s.start(), s.end()).replaceAll("[\\s–]", "-").contains("KH"));
    }

    @Test
    void officialHeaderLinesWinOverACitedHigherPlan() {
        String text =
                """
        HUYỆN ỦY NÚI THÀNH
        Số: 05-KH/HU
        Núi Thành, ngày 15 tháng 01 năm 2021
        KẾ HOẠCH
        Học tập, quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII
        Thực hiện Kế hoạch số 01-KH/TU ngày 02/01/2021 của Ban Thường vụ Tỉnh ủy, ...
        """;
        ParsedPlan plan = parser.parse(text);
        assertEquals("05-KH/HU", plan.number());
        assertEquals(LocalDate.of(2021, 1, 15), plan.issuedOn());
        assertEquals("Học tập, quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII", plan.title());
        assertEquals("Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII", plan.resolution());
    }

    @Test
    void theDateInTheRightColumnOfTheNumberLineIsTheDateOfIssue() {
        String text =
                """
        ĐẢNG ỦY PHƯỜNG HẢI CHÂU
        Số 12-KH/ĐU                                   Hải Châu, ngày 05 tháng 3 năm 2026
        KẾ HOẠCH
        học tập, quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị
        """;
        ParsedPlan plan = parser.parse(text);
        assertEquals("12-KH/ĐU", plan.number());
        assertEquals(LocalDate.of(2026, 3, 5), plan.issuedOn());
        assertEquals(
                LocalDate.of(2026, 3, 5), parser.parse(text.replace("  ", "\t")).issuedOn());
    }

    @Test
    void aCitedPlanNumberAloneIsTakenWithAWarning() {
        ParsedPlan plan = parser.parse("Thực hiện Kế hoạch số 25-KH/TW ngày 15/7/2019 của Ban Bí thư.");
        assertEquals("25-KH/TW", plan.number());
        assertTrue(plan.spans().get("number").confidence() < 0.5);
        assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("văn bản cấp trên")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Đại hội đã thông qua Nghị quyết số 01-NQ/ĐH. | Nghị quyết số 01-NQ/ĐH",
                "Nghị quyết số 01-NQ/ĐH, ngày 25/7/2020 | Nghị quyết số 01-NQ/ĐH ngày 25/7/2020",
                "nghi quyet so 35 - nq/tw | Nghị quyết số 35-NQ/TW",
                "Học tập Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII. "
                        + "| Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII",
            })
    void resolution(String text, String expected) {
        assertEquals(expected, parser.parse(text).resolution());
    }

    @Test
    void aResolutionCitedAsBasisGivesWayToTheOneInTheText() {
        assertEquals(
                "Nghị quyết Đại hội XIII",
                parser.parse("Căn cứ Nghị quyết số 35-NQ/TW của Bộ "
                                + "Chính trị; Ban Thường vụ xây dựng kế hoạch học tập Nghị quyết Đại hội XIII.")
                        .resolution());
        assertEquals(
                "Nghị quyết số 35-NQ/TW",
                parser.parse("Căn cứ Nghị quyết số 35-NQ/TW của Bộ " + "Chính trị, Ban Thường vụ xây dựng kế hoạch.")
                        .resolution());
    }

    @Test
    void titleOverSeveralLinesStopsAtTheBody() {
        String text =
                """
        KẾ HOẠCH
        Học tập, quán triệt, tuyên truyền và triển khai thực hiện
        Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII
        -----
        Căn cứ Điều lệ Đảng, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau:
        """;
        ParsedPlan plan = parser.parse(text);
        assertEquals(
                "Học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội "
                        + "đại biểu Đảng bộ tỉnh lần thứ XXII",
                plan.title());
        Span s = plan.spans().get("title");
        assertTrue(text.substring(s.start(), s.end()).startsWith("Học tập"));
        assertTrue(text.substring(s.start(), s.end()).endsWith("lần thứ XXII"));
    }

    @Test
    void titleOnTheHeadingLine() {
        ParsedPlan plan = parser.parse("KẾ HOẠCH học tập, quán triệt Nghị quyết Đại hội XIII của Đảng");
        assertEquals("Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", plan.title());
    }

    @Test
    void purposeAndRequirementsAsPlainLabels() {
        String text =
                """
        Mục đích:
        - Nắm vững nội dung cơ bản.
        - Tạo sự thống nhất.
        Yêu cầu: Nghiêm túc, thiết thực.
        - Đúng thời gian.
        Thời gian: 01 ngày
        """;
        ParsedPlan plan = parser.parse(text);
        assertEquals("- Nắm vững nội dung cơ bản.\n- Tạo sự thống nhất.", plan.purpose());
        assertEquals("Nghiêm túc, thiết thực.\n- Đúng thời gian.", plan.requirements());
    }

    @Test
    void sentenceStartingWithYeuCauIsNotTheRequirementsSection() {
        ParsedPlan plan = parser.parse("Yêu cầu các cấp ủy Đảng tổ chức thực hiện nghiêm túc.");
        assertNull(plan.purpose());
        // Without sections, a demanding sentence is offered as requirements, with low confidence.
        assertEquals("Yêu cầu các cấp ủy Đảng tổ chức thực hiện nghiêm túc.", plan.requirements());
        assertTrue(plan.spans().get("requirements").confidence() <= 0.5);
    }

    /** A materials heading takes its whole section, sub-headings included. */
    @Test
    void materialsWithItsLinesBelow() {
        String text =
                """
        III. TÀI LIỆU
        1. Tài liệu học tập:
        - Văn kiện Đại hội XIII của Đảng.
        - Tài liệu hỏi - đáp.
        IV. TỔ CHỨC THỰC HIỆN
        """;
        assertEquals(
                "1. Tài liệu học tập:\n- Văn kiện Đại hội XIII của Đảng.\n- Tài liệu hỏi - đáp.",
                parser.parse(text).materials());
        assertEquals(
                "- Văn kiện Đại hội XIII.",
                parser.parse("Tài liệu học tập:\n- Văn kiện Đại hội " + "XIII.\nIII. TỔ CHỨC")
                        .materials());
    }
}
